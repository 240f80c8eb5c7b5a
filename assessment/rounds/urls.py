from django.urls import path

from . import views

app_name = "assessment_rounds"

urlpatterns = [
    path("", views.index, name="index"),
    path("add/", views.round_form, name="add"),
    path("thresholds/", views.thresholds, name="thresholds"),
    path("<int:pk>/", views.round_detail, name="round"),
    path("<int:pk>/edit/", views.round_form, name="edit"),
    path("<int:pk>/issue/", views.issue, name="issue"),
    path("<int:pk>/start-grading/", views.start_grading, name="start_grading"),
    path("<int:pk>/charts/", views.round_charts, name="charts"),
    path("<int:pk>/export.xlsx", views.export, name="export"),
    path("<int:pk>/sections/<int:section_pk>/", views.section_detail, name="section"),
    path("<int:pk>/sections/<int:section_pk>/self-check/", views.self_check, name="self_check"),
    path("<int:pk>/sections/<int:section_pk>/attachment/", views.attachment, name="attachment"),
    path("<int:pk>/sections/<int:section_pk>/grade/", views.grade, name="grade"),
    path("<int:pk>/sections/<int:section_pk>/approve/", views.approve, name="approve"),
    path("<int:pk>/sections/<int:section_pk>/letter.pdf", views.letter, name="letter"),
    path("<int:pk>/sections/<int:section_pk>/trend/", views.trend, name="trend"),
    path("<int:pk>/sections/<int:section_pk>/records/<slug:key>/", views.records, name="records"),
]
