from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.admin import messages

from .forms import WithdrawalForm
from .interpretation_report import report_export, report_rows, report_sections, section_totals
from .models import DisclosureItemPage


def withdraw_item(request, page_id):
    """Admin view replacing Wagtail's unpublish for catalogue items: asks for the explanation."""
    page = get_object_or_404(DisclosureItemPage, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_unpublish():
        raise PermissionDenied
    form = WithdrawalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            page.withdraw(form.cleaned_data["explanation"], user=request.user)
        except ValidationError as error:
            form.add_error("explanation", error.messages)
        else:
            messages.success(request, f"「{page.title}」已撤销公开，撤销说明已在目录中公开。")
            return redirect("wagtailadmin_explore", page.get_parent().pk)
    return render(request, "disclosure_pages/admin/withdraw.html", {"page": page, "form": form})


def interpretation_report(request, fmt=None):
    """政策解读 per section and year (on time / late / missing), with CSV and XLSX export."""
    if fmt not in (None, "csv", "xlsx"):
        raise Http404
    sections = report_sections(request.user)
    if not sections:
        raise PermissionDenied
    this_year = timezone.localdate().year
    year_field = forms.IntegerField(min_value=2000, max_value=this_year)
    try:
        year = year_field.clean(request.GET.get("year") or this_year)
    except ValidationError:
        messages.error(request, f"年份无效，请填写2000至{this_year}年之间的年份；已显示{this_year}年。")
        year = this_year
    rows = report_rows(sections, year)
    if fmt:
        return report_export(rows, year, fmt)
    return TemplateResponse(
        request,
        "disclosure_pages/admin/interpretation_report.html",
        {"rows": rows, "totals": section_totals(rows), "year": year, "years": range(this_year, this_year - 6, -1)},
    )
