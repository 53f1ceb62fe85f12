from support.rulecheck import found, messages, write_map

RULE = "source-text-missing"
MAP = "title: t\nsource:\n  title: An article\n  text: sub/article.txt\nclaims:\n  a:\n    text: x\n    quote: y\n"


def test_existing_text_relative_to_the_map_passes(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "article.txt").write_text("x y z", encoding="utf-8")
    path = write_map(tmp_path, MAP)
    assert found(MAP, RULE, path=str(path)) == []


def test_missing_text_at_the_text_value(tmp_path):
    path = write_map(tmp_path, MAP)
    assert found(MAP, RULE, path=str(path)) == [(RULE, 4, 9)]
    assert messages(MAP, RULE, path=str(path)) == [
        "source text `sub/article.txt` does not exist; quotes are not checked"
    ]


def test_a_folder_is_not_a_text(tmp_path):
    (tmp_path / "sub" / "article.txt").mkdir(parents=True)
    path = write_map(tmp_path, MAP)
    assert messages(MAP, RULE, path=str(path)) == [
        "source text `sub/article.txt` is a folder, not a text file; quotes are not checked"
    ]


def test_not_reported_when_the_command_line_gives_the_text(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("y", encoding="utf-8")
    path = write_map(tmp_path, MAP)
    assert found(MAP, RULE, path=str(path), source_text=other) == []
