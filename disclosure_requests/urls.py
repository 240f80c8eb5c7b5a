from django.urls import path

from . import views

app_name = "disclosure_requests"

urlpatterns = [
    path("yisqgk/apply/", views.apply, name="apply"),
    path("yisqgk/apply/done/", views.submitted, name="submitted"),
    path("yisqgk/status/", views.status, name="status"),
    path("yisqgk/status/letters/<str:number>/", views.letter, name="letter"),
    path("yisqgk/status/letters/<str:number>/pdf/", views.letter, {"fmt": "pdf"}, name="letter_pdf"),
    path("yisqgk/status/files/<int:pk>/", views.released_file, name="released_file"),
]
