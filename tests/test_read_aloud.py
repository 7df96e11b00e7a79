"""The sentences read aloud on the shared screen."""

from studio.core.read_aloud import activity_speech, card_speech

CARD = {"title": {"de": "Gebäudebestand erfassen", "en": "Map the building stock"},
        "summary": {"de": "Eine KI wertet Straßenbilder aus", "en": ""},
        "influence": {"de": "Welche Stadtteile zuerst", "en": "Which districts first"}}


def test_card_is_read_in_the_workshop_language_with_fallback():
    assert card_speech(CARD, "de") == (
        "Gebäudebestand erfassen. Eine KI wertet Straßenbilder aus. "
        "Was Sie noch beeinflussen können: Welche Stadtteile zuerst.")
    english = card_speech(CARD, "en")
    assert english.startswith("Map the building stock. Eine KI wertet")  # summary falls back
    assert "What you can still influence: Which districts first." in english


def test_question_says_how_to_answer():
    assert activity_speech("single_choice", "Wie weiter?", ["Ja", "Nein"], {}, "de") == \
        "Wie weiter? Die Antworten: Ja; Nein."
    scale = activity_speech("scale", "Wie nützlich?", [], {"min": 1, "max": 5,
                            "min_label": "gar nicht", "max_label": "sehr"}, "de")
    assert scale.endswith("von 1, gar nicht, bis 5, sehr.")
    assert "across Risk, up Benefit" in activity_speech(
        "matrix", "Where?", [], {"x_label": "Risk", "y_label": "Benefit"}, "en")
