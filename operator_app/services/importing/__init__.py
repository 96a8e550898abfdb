"""Reading a borrower spreadsheet into the loan book: the reader process, the preview, the bulk writer."""
