from django.urls import path

from portal import feeds, views

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path("network/", views.network, name="network"),
    path("contacts/", views.contact_list, name="contacts"),
    path("living-labs/", views.living_lab_list, name="living_lab_list"),
    path("living-labs/<slug:slug>/", views.living_lab_detail, name="living_lab_detail"),
    path("publications/", views.publication_list, name="publications"),
    path(
        "publications/<slug:slug>/download/",
        views.publication_download,
        name="publication_download",
    ),
    path("pages/<slug:slug>/", views.page_detail, name="page"),
    path("search/", views.search_page, name="search"),
    path("account/language/", views.account_language, name="account_language"),
    path("feed/", feeds.LatestContentFeed(), name="feed"),
]
