from django.urls import path

from counseling import readiness_views, views

app_name = "counseling"

urlpatterns = [
    path("counseling/", views.about, name="about"),
    path("counseling/new/", views.new, name="new"),
    path("counseling/new/sent/", views.done, name="done"),
    path("counseling/track/<str:token>/", views.track, name="track"),
    path("readiness/", readiness_views.check, name="readiness"),
    path("readiness/step/<int:step>/", readiness_views.check, name="readiness_step"),
    path("readiness/plan/<str:token>/", readiness_views.plan, name="readiness_plan"),
    path("readiness/plan/<str:token>/pdf/", readiness_views.plan_pdf, name="readiness_plan_pdf"),
    path(
        "readiness/plan/<str:token>/delete/",
        readiness_views.plan_delete,
        name="readiness_plan_delete",
    ),
    path("counseling/survey/<str:reference>/<str:token>/", views.survey, name="survey"),
    path("account/requests/", views.account_requests, name="account_requests"),
    path("account/requests/<str:reference>/", views.account_request, name="account_request"),
    path("account/my-data.json", views.account_export, name="account_export"),
    path("account/delete/", views.account_delete, name="account_delete"),
]
