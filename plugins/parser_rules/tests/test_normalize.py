from plugins.parser_rules.normalize import clean, fold, sentences, stem, tokenize


def test_fold_keeps_length_and_strips_diacritics() -> None:
    for text in ("Çizme të zeza", "Größe 40", "Città", "Đakovica"):
        assert len(fold(text)) == len(text)
    assert fold("Çizme të zeza") == "cizme te zeza"


def test_tokens_split_digits_from_letters() -> None:
    assert [t.text for t in tokenize("2x 500g iPhone15")] == ["2", "x", "500", "g", "iphone", "15"]


def test_albanian_inflections_share_a_root() -> None:
    assert stem("xhupin") == stem("xhupi") == stem("xhup")
    assert stem("filxhanat") == stem("filxhani") == stem("filxhan")
    assert stem("unazen") == stem("unaza") == stem("unaze")


def test_sentences_do_not_split_street_abbreviations() -> None:
    text = "Dergojeni ne Rr. Myslym Shyri, P. 7. Faleminderit"
    spans = [text[s:e].strip() for s, e in sentences(text)]
    assert spans == ["Dergojeni ne Rr. Myslym Shyri, P. 7.", "Faleminderit"]


def test_clean_removes_control_characters() -> None:
    assert clean("a\x00b\x07c") == "a b c"
