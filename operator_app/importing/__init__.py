"""Spreadsheet import: readers, header mapping, cell normalisation and the problem report."""
