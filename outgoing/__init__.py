"""Documents that leave the site: PDFs (letters, forms) and spreadsheets (exports).

Whatever a user typed is data here and never markup or a formula: ``pdf.paragraph`` escapes it
before ReportLab reads it, ``tables`` neutralises cells a spreadsheet program would execute.
"""
