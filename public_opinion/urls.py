from django.urls import path

from . import views

urlpatterns = [
    path("<int:pk>/act/<str:operation>/", views.act, name="act"),
    path("export/", views.export, name="export"),
    path("export/xlsx/", views.export, {"fmt": "xlsx"}, name="export_xlsx"),
    path("accountability/", views.accountability, name="accountability"),
    path("accountability/csv/", views.accountability, {"fmt": "csv"}, name="accountability_csv"),
    path("accountability/xlsx/", views.accountability, {"fmt": "xlsx"}, name="accountability_xlsx"),
]
