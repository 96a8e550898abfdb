"""What an import did, as the faces report it (`import --json`, the import page): kept apart from
the import itself so that the writer filling it in and the import driving the writer need not
import each other."""

from __future__ import annotations

from dataclasses import dataclass, field

from operator_app.i18n import msg
from operator_app.importing.records import Issue

__all__ = ["ImportResult"]


@dataclass
class ImportResult:
    file_name: str
    sheet: str | None
    kind: str
    mapping: dict[str, str]
    rows_read: int = 0
    loans_created: int = 0
    loans_updated: int = 0
    loans_unchanged: int = 0
    installments: int = 0
    rejected: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    run_id: int | None = None
    dry_run: bool = False
    header_row: int = 0  # 1-based
    problem_rows: dict[int, list[object]] = field(default_factory=dict)
    headers: list[str] = field(default_factory=list)
    withdrawn: int = 0  # messages not yet sent, cancelled because the borrower's name or number changed

    @property
    def changed(self) -> bool:
        return bool(self.loans_created or self.loans_updated or self.installments)

    def issue_json(self, issue: Issue) -> dict[str, object]:
        return {"row": issue.row, "column": issue.column, "code": issue.code,
                "message": msg(issue.detail, **issue.params)}

    def as_json(self) -> dict[str, object]:
        """Exactly the fields DESIGN.md documents for `import --json`, messages in the
        operator's language of the moment."""
        return {
            "rows_read": self.rows_read,
            "loans_created": self.loans_created,
            "loans_updated": self.loans_updated,
            "loans_unchanged": self.loans_unchanged,
            "installments": self.installments,
            "rejected": [self.issue_json(i) for i in self.rejected],
            "warnings": [self.issue_json(i) for i in self.warnings],
        }
