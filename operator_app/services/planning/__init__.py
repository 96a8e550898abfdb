"""From the loan book to a reviewed batch: templates, the exact texts, the maker/checker batch, exports."""
