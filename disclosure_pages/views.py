from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from wagtail.admin import messages

from .forms import WithdrawalForm
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
