from django.urls import path

from markets import views

app_name = "markets"

urlpatterns = [
    path("", views.profile_list, name="list"),
    # Before the profile pattern, so that "compare" is never read as a country code.
    path("compare/", views.compare, name="compare"),
    path("<str:country>/<slug:sector>/", views.profile_detail, name="profile"),
    path("<str:country>/<slug:sector>/pdf/", views.profile_pdf, name="profile_pdf"),
]
