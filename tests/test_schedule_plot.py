"""`Schedule.plot` draws the schedule it is called on, like `timeline.plot(schedule)`."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from timeline import Timeline  # noqa: E402


def test_schedule_plot_method_draws_its_events() -> None:
    tl = Timeline(anchor="2017-10-11", tz="Asia/Pyongyang")
    tl.event("storage", "for ten days in mid-September")
    tl.event("crossing", "from 1:00 a.m. to 3:00 a.m. on Sept. 28")
    tl.relate("storage", "before", "crossing")
    ax = tl.solve().plot(title="two events")
    try:
        texts = {text.get_text() for text in ax.figure.findobj(Text)}
        assert any("storage" in text for text in texts)
        assert any("crossing" in text for text in texts)
        assert "two events" in texts
    finally:
        plt.close(ax.figure)
