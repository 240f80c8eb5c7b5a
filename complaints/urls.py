from django.urls import path

from . import views

app_name = "complaints"

# 监督举报 (jiandu jubao), beside 依申请公开 (/yisqgk/).
urlpatterns = [
    path("jdjb/", views.complaint_form, name="form"),
    path("jdjb/done/", views.submitted, name="submitted"),
    path("jdjb/status/", views.lookup, name="lookup"),
    path("jdjb/status/<str:tracking_number>/", views.status, name="status"),
]
