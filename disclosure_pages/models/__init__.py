from .annual_report import AnnualReportPage
from .catalogue import CatalogueEntry, CatalogueIndexPage, CategoryListing, CategoryPage
from .channels import ItemChannel
from .choices import (
    Classification,
    DisclosureCategory,
    DisclosureDecision,
    DocumentKind,
    InterpretationForm,
    OutletChannel,
    Validity,
)
from .content import ContentPage
from .home import PortalHomePage, PortalSettings
from .index_numbers import IndexNumberSequence, allocate_index_number
from .interpretation import InterpretationPage
from .items import DisclosureItemPage, ItemAttachment, ItemKeyword, catalogue_entries
from .taxonomy import TopicCategory

__all__ = [
    "AnnualReportPage",
    "CatalogueEntry",
    "CatalogueIndexPage",
    "CategoryListing",
    "CategoryPage",
    "Classification",
    "ContentPage",
    "DisclosureCategory",
    "DisclosureDecision",
    "DisclosureItemPage",
    "DocumentKind",
    "IndexNumberSequence",
    "InterpretationForm",
    "InterpretationPage",
    "OutletChannel",
    "ItemAttachment",
    "ItemChannel",
    "ItemKeyword",
    "PortalHomePage",
    "PortalSettings",
    "TopicCategory",
    "Validity",
    "allocate_index_number",
    "catalogue_entries",
]
