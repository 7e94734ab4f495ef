"""Korean names in Latin letters, for an English agreement that has no English form on record.

The Revised Romanization of Korean (국어의 로마자 표기법, 2000) writes personal names syllable
by syllable, without the sound changes of ordinary words ("이름에서 일어나는 음운 변화는
표기에 반영하지 않는다"), the given name's syllables joined by a hyphen; surnames keep their
customary spellings (김 Kim, 이 Lee, 박 Park), which the rules allow separately. So the tables
here are the standard's letters and a list of customary surnames. (The romanisation libraries
on PyPI apply the sound-change rules of words, which names must not follow, or are GPL.)
"""

from __future__ import annotations

INITIALS = (
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t",
    "p", "h",
)  # fmt: skip
VOWELS = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
    "we", "wi", "yu", "eu", "ui", "i",
)  # fmt: skip
FINALS = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
    "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
)  # fmt: skip
FIRST, LAST = 0xAC00, 0xD7A3

# Customary spellings (the most frequent forms in Korean passports) of common surnames.
SURNAMES = {
    "김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang",
    "조": "Cho", "윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo",
    "신": "Shin", "권": "Kwon", "황": "Hwang", "안": "Ahn", "송": "Song", "류": "Ryu",
    "유": "Yoo", "전": "Jeon", "홍": "Hong", "고": "Ko", "문": "Moon", "양": "Yang",
    "손": "Son", "배": "Bae", "백": "Baek", "허": "Heo", "남": "Nam", "심": "Shim", "노": "Noh",
    "하": "Ha", "곽": "Kwak", "성": "Sung", "차": "Cha", "주": "Joo", "우": "Woo", "구": "Koo",
    "민": "Min", "나": "Na", "진": "Jin", "지": "Ji", "엄": "Eom", "채": "Chae", "원": "Won",
    "천": "Cheon", "방": "Bang", "공": "Kong", "현": "Hyun", "함": "Ham", "변": "Byun",
    "염": "Yeom", "여": "Yeo", "추": "Choo", "도": "Do", "소": "So", "석": "Seok", "선": "Sun",
    "설": "Seol", "마": "Ma", "길": "Gil", "연": "Yeon", "위": "Wi", "표": "Pyo", "명": "Myung",
    "기": "Ki", "반": "Ban", "왕": "Wang", "금": "Keum", "옥": "Ok", "육": "Yook", "인": "In",
    "맹": "Maeng", "제": "Je", "모": "Mo", "탁": "Tak", "국": "Kook", "어": "Eo", "은": "Eun",
    "편": "Pyeon", "용": "Yong", "예": "Ye", "봉": "Bong", "경": "Kyung", "사": "Sa",
    "남궁": "Namgung", "황보": "Hwangbo", "제갈": "Jegal", "선우": "Sunwoo", "독고": "Dokgo",
    "사공": "Sagong", "서문": "Seomun",
}  # fmt: skip


def is_hangul(char: str) -> bool:
    return FIRST <= ord(char) <= LAST


def has_hangul(text: str) -> bool:
    return any(is_hangul(c) for c in text)


def syllable(char: str) -> str:
    """One Hangul syllable in Revised Romanization, as if it stood alone."""
    code = ord(char) - FIRST
    initial, rest = divmod(code, 21 * 28)
    vowel, final = divmod(rest, 28)
    return INITIALS[initial] + VOWELS[vowel] + FINALS[final]


def romanize(text: str) -> str:
    """Every Hangul syllable written out; runs of syllables become capitalised words."""
    out: list[str] = []
    word: list[str] = []

    def close() -> None:
        if word:
            out.append("".join(word).capitalize())
            word.clear()

    for char in text:
        if is_hangul(char):
            word.append(syllable(char))
        else:
            close()
            out.append(char)
    close()
    return "".join(out)


def romanize_name(name: str) -> str:
    """A Korean personal name in the English order: 박채도 → ``Chae-do Park``.

    A name that is not all Hangul (already Latin, or mixed) is romanised word by word.
    """
    name = name.strip()
    if not name or not all(is_hangul(c) for c in name) or len(name) < 2:
        return romanize(name)
    double = name[:2] in SURNAMES and len(name) >= 4
    surname, given = (name[:2], name[2:]) if double else (name[:1], name[1:])
    family = SURNAMES.get(surname) or "".join(syllable(c) for c in surname).capitalize()
    return f"{'-'.join(syllable(c) for c in given).capitalize()} {family}"
