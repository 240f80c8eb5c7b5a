from django.urls import path

from . import views

app_name = "catalogue_search"

urlpatterns = [
    path("search/", views.search_view, name="search"),
    path("search/suggest/", views.suggest_view, name="suggest"),
]
