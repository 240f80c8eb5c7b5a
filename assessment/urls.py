from django.urls import path

from .annual_report import public_views as annual_report_views

urlpatterns = [
    # The annual report (rep): the files of a live report page.
    path("nianbao-xiazai/<int:year>.<str:fmt>", annual_report_views.report_file, name="annual_report_file"),
]
