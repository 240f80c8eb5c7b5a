from django.urls import path

from . import views

urlpatterns = [
    path("pages/<int:page_id>/review/", views.review_record, name="review_record"),
    path("pages/<int:page_id>/act/", views.act, name="act"),
    path("pages/<int:page_id>/escalate/", views.escalate, name="escalate"),
    path("findings/<int:finding_id>/confirm/", views.confirm_finding_view, name="confirm_finding"),
    path("escalations/<int:escalation_id>/decide/", views.decide_escalation, name="decide_escalation"),
    path("submissions/<int:submission_id>/approval-form/", views.approval_form_html, name="approval_form"),
    path("submissions/<int:submission_id>/approval-form.pdf", views.approval_form_pdf, name="approval_form_pdf"),
    path("filings/", views.filings_list, name="filings"),
    path("filings.csv", views.filings_export, name="filings_csv"),
    path("filings.xlsx", views.filings_export, {"fmt": "xlsx"}, name="filings_xlsx"),
]
