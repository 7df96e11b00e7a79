"""The phone page's texts, in the workshop's language.

The page (``resources/phone/page.html``) carries no words of its own: the server
hands it :func:`texts` as JSON, and the page fills ``{name}`` placeholders itself.
Texts that hold a count are worded so that one form reads right for every number
("Points left: {left} of {budget}"), since the page has no plural rules.
"""

from __future__ import annotations

from studio.base.i18n import QT_TRANSLATE_NOOP, words_in

CONTEXT = "PhonePage"

PAGE = {
    # Frame, connection, joining
    "page_title": QT_TRANSLATE_NOOP("PhonePage", "Workshop"),
    "connecting": QT_TRANSLATE_NOOP("PhonePage", "Connecting to the workshop…"),
    "offline": QT_TRANSLATE_NOOP(
        "PhonePage", "No connection to the workshop. Trying again… Your answers so far are kept."),
    "online_again": QT_TRANSLATE_NOOP("PhonePage", "Connected again."),
    "locked": QT_TRANSLATE_NOOP(
        "PhonePage", "This workshop takes no new phones right now. Please ask the facilitator."),
    "gone": QT_TRANSLATE_NOOP(
        "PhonePage", "This link no longer works. Please scan the QR code on the shared screen "
        "again."),
    # Stakeholder group
    "group_title": QT_TRANSLATE_NOOP("PhonePage", "Which group are you in?"),
    "group_hint": QT_TRANSLATE_NOOP(
        "PhonePage", "Asked once on this phone. Optional: it only helps to compare groups; a "
        "group of fewer than 5 people is never shown on its own."),
    "group_none": QT_TRANSLATE_NOOP("PhonePage", "Prefer not to say"),
    "group_save": QT_TRANSLATE_NOOP("PhonePage", "Continue"),
    "group_need": QT_TRANSLATE_NOOP("PhonePage", "Choose a group, or “Prefer not to say”."),
    "group_current": QT_TRANSLATE_NOOP("PhonePage", "Your group: {group}"),
    "group_not_given": QT_TRANSLATE_NOOP("PhonePage", "Your group: not given"),
    "group_change": QT_TRANSLATE_NOOP("PhonePage", "Change group"),
    # Scenario and waiting
    "scenario": QT_TRANSLATE_NOOP("PhonePage", "Scenario"),
    "scenario_about": QT_TRANSLATE_NOOP("PhonePage", "About the scenario: {title}"),
    "waiting": QT_TRANSLATE_NOOP(
        "PhonePage", "Please look at the shared screen; the next question appears here by itself."),
    "closed": QT_TRANSLATE_NOOP("PhonePage", "This question is closed."),
    # Answering, common
    "question": QT_TRANSLATE_NOOP("PhonePage", "Question"),
    "submit": QT_TRANSLATE_NOOP("PhonePage", "Submit my answer"),
    "submit_hint": QT_TRANSLATE_NOOP(
        "PhonePage", "One answer per phone: once submitted, it cannot be changed."),
    "sending": QT_TRANSLATE_NOOP("PhonePage", "Sending…"),
    "saved": QT_TRANSLATE_NOOP("PhonePage", "Thank you, your answer is saved."),
    "one_per_phone": QT_TRANSLATE_NOOP("PhonePage", "One answer per phone."),
    "next_by_itself": QT_TRANSLATE_NOOP(
        "PhonePage", "The next question appears here by itself."),
    "already": QT_TRANSLATE_NOOP(
        "PhonePage", "This phone has already answered this question. One answer per phone."),
    "not_saved": QT_TRANSLATE_NOOP(
        "PhonePage", "Your answer was NOT saved. Please try again."),
    "not_saved_network": QT_TRANSLATE_NOOP(
        "PhonePage", "NOT saved: there is no connection to the workshop. Please try again."),
    # Single and multiple choice
    "choose_one": QT_TRANSLATE_NOOP("PhonePage", "Choose one answer, then submit."),
    "need_one": QT_TRANSLATE_NOOP("PhonePage", "Choose an answer first."),
    "choose_up_to": QT_TRANSLATE_NOOP(
        "PhonePage", "Choose as many answers as you like, up to {k}, then submit."),
    "chosen_count": QT_TRANSLATE_NOOP("PhonePage", "Chosen: {n} of at most {k}"),
    # Scale
    "scale_hint": QT_TRANSLATE_NOOP("PhonePage", "Choose one value, then submit."),
    "dont_know": QT_TRANSLATE_NOOP("PhonePage", "Don't know"),
    "need_value": QT_TRANSLATE_NOOP("PhonePage", "Choose a value first."),
    # Points
    "points_hint": QT_TRANSLATE_NOOP(
        "PhonePage", "Share your points among the options ({budget} in all), then submit."),
    "points_left": QT_TRANSLATE_NOOP("PhonePage", "Points left: {left} of {budget}"),
    "points_less": QT_TRANSLATE_NOOP("PhonePage", "One point less for {option}"),
    "points_more": QT_TRANSLATE_NOOP("PhonePage", "One point more for {option}"),
    "points_of": QT_TRANSLATE_NOOP("PhonePage", "Points for {option}: {n}"),
    "points_need": QT_TRANSLATE_NOOP("PhonePage", "Give at least one point."),
    # Ranking
    "ranking_hint": QT_TRANSLATE_NOOP(
        "PhonePage", "Put the options in order, most important first: move them with the "
        "arrow buttons, then submit."),
    "move_up": QT_TRANSLATE_NOOP("PhonePage", "Move {option} up"),
    "move_down": QT_TRANSLATE_NOOP("PhonePage", "Move {option} down"),
    "rank_now": QT_TRANSLATE_NOOP("PhonePage", "{option}: now place {place} of {total}"),
    # Matrix
    "matrix_hint": QT_TRANSLATE_NOOP(
        "PhonePage", "Tap the spot in the square that fits your view, or use the two sliders "
        "below it, then submit."),
    "matrix_across": QT_TRANSLATE_NOOP("PhonePage", "Across: {label}"),
    "matrix_up": QT_TRANSLATE_NOOP("PhonePage", "Up: {label}"),
    "matrix_value": QT_TRANSLATE_NOOP("PhonePage", "{value} of 100"),
    "matrix_scale": QT_TRANSLATE_NOOP("PhonePage", "0 means low, 100 means high."),
    "matrix_unset": QT_TRANSLATE_NOOP("PhonePage", "Your dot is not placed yet."),
    "matrix_dot": QT_TRANSLATE_NOOP("PhonePage", "Your dot: {x} across, {y} up (of 100)."),
    "matrix_need": QT_TRANSLATE_NOOP(
        "PhonePage", "Place your dot first: tap the square or move a slider."),
    # Statements
    "statements_hint": QT_TRANSLATE_NOOP(
        "PhonePage", "Agree, disagree or pass on each statement, then submit."),
    "agree": QT_TRANSLATE_NOOP("PhonePage", "Agree"),
    "disagree": QT_TRANSLATE_NOOP("PhonePage", "Disagree"),
    "pass": QT_TRANSLATE_NOOP("PhonePage", "Pass"),
    "statements_count": QT_TRANSLATE_NOOP("PhonePage", "Answered: {n} of {total}"),
    "statements_need": QT_TRANSLATE_NOOP("PhonePage", "Answer at least one statement."),
    # Notes
    "notes_hint": QT_TRANSLATE_NOOP(
        "PhonePage", "Write one note, then send it. You can add more afterwards."),
    "notes_kind": QT_TRANSLATE_NOOP("PhonePage", "What kind of note is it?"),
    "notes_text": QT_TRANSLATE_NOOP("PhonePage", "Your note"),
    "notes_privacy": QT_TRANSLATE_NOOP(
        "PhonePage", "One thought in a few words. Do not write names or other personal details."),
    "notes_counter": QT_TRANSLATE_NOOP("PhonePage", "{n} of {limit} characters"),
    "notes_send": QT_TRANSLATE_NOOP("PhonePage", "Send my note"),
    "notes_saved": QT_TRANSLATE_NOOP("PhonePage", "Thank you, your note is saved."),
    "notes_another": QT_TRANSLATE_NOOP("PhonePage", "Write another note"),
    "notes_sent": QT_TRANSLATE_NOOP("PhonePage", "Notes sent from this phone: {n}"),
    "notes_need_text": QT_TRANSLATE_NOOP("PhonePage", "Write your note first."),
    "notes_need_kind": QT_TRANSLATE_NOOP("PhonePage", "Choose the kind of note first."),
    # Dot voting
    "dots_title": QT_TRANSLATE_NOOP("PhonePage", "Dot voting"),
    "dots_hint": QT_TRANSLATE_NOOP(
        "PhonePage", "Place your dots on what matters most to you ({n} dots, at most {k} on "
        "one item), then submit."),
    "dots_left": QT_TRANSLATE_NOOP("PhonePage", "Dots left: {left} of {n}"),
    "dot_more": QT_TRANSLATE_NOOP("PhonePage", "One dot more for: {item}"),
    "dot_less": QT_TRANSLATE_NOOP("PhonePage", "One dot less for: {item}"),
    "dots_of": QT_TRANSLATE_NOOP("PhonePage", "Dots on “{item}”: {n}"),
    "dots_submit": QT_TRANSLATE_NOOP("PhonePage", "Submit my dots"),
    "dots_saved": QT_TRANSLATE_NOOP("PhonePage", "Thank you, your dots are saved."),
    "dots_need": QT_TRANSLATE_NOOP("PhonePage", "Place at least one dot."),
    "cluster": QT_TRANSLATE_NOOP("PhonePage", "Cluster"),
    "note": QT_TRANSLATE_NOOP("PhonePage", "Note"),
    # Results
    "results_title": QT_TRANSLATE_NOOP("PhonePage", "Results"),
    "results_n": QT_TRANSLATE_NOOP("PhonePage", "Answers in all: {n}"),
    "results_channels": QT_TRANSLATE_NOOP("PhonePage", "Where the answers came from"),
    "results_channel": QT_TRANSLATE_NOOP("PhonePage", "{label}: {n}"),
}

NEUTRAL = {
    "title": QT_TRANSLATE_NOOP("PhonePage", "Join a workshop"),
    "intro": QT_TRANSLATE_NOOP(
        "PhonePage", "Type the room code shown on the shared screen, or scan its QR code."),
    "label": QT_TRANSLATE_NOOP("PhonePage", "Room code"),
    "submit": QT_TRANSLATE_NOOP("PhonePage", "Join"),
}


def _translated(table: dict[str, str], lang: str) -> dict[str, str]:
    words = words_in(lang)
    return {key: words.translate(CONTEXT, text) for key, text in table.items()}


def texts(lang: str) -> dict[str, str]:
    """The phone page's texts in ``lang`` (English where a text has no translation)."""
    return _translated(PAGE, lang)


def neutral_texts(lang: str) -> dict[str, str]:
    """The neutral page's texts in ``lang``: nothing about any workshop."""
    return _translated(NEUTRAL, lang)
