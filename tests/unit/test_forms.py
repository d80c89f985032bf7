from datetime import date

from feedback_app.forms.public import recent_months


def test_recent_months_go_back_across_the_new_year():
    months = recent_months(date(2026, 2, 14), count=4)
    assert months == [
        ("2026-02", "February 2026"),
        ("2026-01", "January 2026"),
        ("2025-12", "December 2025"),
        ("2025-11", "November 2025"),
    ]
