"""The Python side of Chinese analysis: normalisation, jieba words, number keys, bigrams, highlight."""

from search import analysis


def test_full_width_and_case_are_normalised():
    assert analysis.normalize("ＧＢ／Ｔ　３５２７３") == "gb/t 35273"


def test_document_number_keys_accept_every_bracket():
    key = analysis.number_key("卫云数发〔2019〕12号")
    for typed in ("卫云数发[2019]12号", "卫云数发（2019）12号", "卫云数发【2019】12号", " 卫云数发 (2019) 12号 "):
        assert analysis.number_key(typed) == key


def test_query_words_drop_punctuation_and_split_tiled_words():
    assert analysis.query_words("政务数据共享！") == ["政务", "数据", "共享"]
    assert analysis.query_words("2024年 预算") == ["2024年", "预算"]


def test_segment_emits_sub_words_of_long_words():
    words = analysis.segment("中华人民共和国政府信息公开条例").split()
    assert {"中华", "人民", "共和国", "信息", "公开", "条例"} <= set(words)


def test_bigrams_and_word_tokens_line_up():
    assert analysis.bigrams("2024年度预算") == ["2024", "年度", "度预", "预算", "算"]
    assert analysis.word_tokens("预算") == [("预算", False)]
    assert analysis.word_tokens("年") == [("年", True)]


def test_highlight_marks_and_escapes():
    assert analysis.highlight("<预算>说明", ["预算"]) == "&lt;<mark>预算</mark>&gt;说明"
    long_text = "甲" * 300 + "预算" + "乙" * 300
    snippet = analysis.highlight(long_text, ["预算"], length=60)
    assert "<mark>预算</mark>" in snippet and snippet.startswith("…") and snippet.endswith("…")
