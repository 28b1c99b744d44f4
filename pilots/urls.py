from django.urls import path

from pilots import views

app_name = "pilots"

urlpatterns = [
    path("transfer-model/", views.transfer_model, name="transfer_model"),
    path("pilots/", views.pilot_list, name="pilot_list"),
    path("pilots/<slug:slug>/", views.pilot_detail, name="pilot_detail"),
]
