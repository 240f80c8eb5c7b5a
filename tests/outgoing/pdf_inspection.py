"""What a PDF holds, read back with pypdf: its text, links and images, and whether its fonts are embedded."""

import io

from pypdf import PdfReader


class PdfContents:
    def __init__(self, data):
        assert data.startswith(b"%PDF")
        self.reader = PdfReader(io.BytesIO(data))
        self.text = "".join(page.extract_text() for page in self.reader.pages)

    @property
    def flat_text(self):
        """Text without the line breaks and spaces that wrapping in table cells inserts."""
        return "".join(self.text.split())

    @property
    def annotations(self):
        return [a.get_object() for page in self.reader.pages for a in (page.get("/Annots") or [])]

    @property
    def image_count(self):
        return sum(len(page.images) for page in self.reader.pages)

    @property
    def fonts(self):
        fonts = {}
        for page in self.reader.pages:
            for font in page["/Resources"].get("/Font", {}).values():
                font = font.get_object()
                fonts[str(font["/BaseFont"])] = font
        return fonts

    @property
    def embedded_fonts(self):
        """Names of the fonts whose glyphs travel inside the file."""
        names = set()
        for name, font in self.fonts.items():
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is not None and any(k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    names.add(name)
        return names
