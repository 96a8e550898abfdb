"""The loan book as staff read it: who is owed what today (queue, dashboard), a borrower's timeline, payments, the call list."""
