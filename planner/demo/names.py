"""Plausible Korean names with their usual romanisation (surname last, given name hyphenated)."""

from __future__ import annotations

import random

SURNAMES = [
    ("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"), ("강", "Kang"),
    ("조", "Cho"), ("윤", "Yoon"), ("장", "Jang"), ("임", "Lim"), ("한", "Han"), ("오", "Oh"),
    ("서", "Seo"), ("신", "Shin"), ("권", "Kwon"), ("황", "Hwang"), ("안", "Ahn"), ("송", "Song"),
    ("류", "Ryu"), ("홍", "Hong"), ("전", "Jeon"), ("고", "Ko"), ("문", "Moon"), ("양", "Yang"),
]
# Weights roughly follow the frequency of Korean surnames (Kim, Lee and Park most common).
SURNAME_WEIGHTS = [21, 15, 8, 5, 5, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]

SYLLABLES = [
    ("민", "min"), ("준", "jun"), ("서", "seo"), ("연", "yeon"), ("지", "ji"), ("우", "woo"),
    ("현", "hyun"), ("수", "su"), ("영", "young"), ("은", "eun"), ("하", "ha"), ("진", "jin"),
    ("호", "ho"), ("성", "sung"), ("재", "jae"), ("윤", "yun"), ("희", "hee"), ("동", "dong"),
    ("혜", "hye"), ("태", "tae"), ("승", "seung"), ("원", "won"), ("주", "ju"), ("경", "kyung"),
    ("상", "sang"), ("예", "ye"), ("채", "chae"), ("도", "do"), ("유", "yu"), ("나", "na"),
    ("훈", "hoon"), ("빈", "bin"), ("석", "seok"), ("아", "a"), ("정", "jeong"), ("혁", "hyuk"),
]


class NameMaker:
    """Yields distinct names; the same seed always gives the same sequence."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.handles: set[str] = set()

    def name(self) -> tuple[str, str, str, str]:
        """(Korean name, English name, given-name handle, surname handle)."""
        while True:
            sur_ko, sur_en = self.rng.choices(SURNAMES, SURNAME_WEIGHTS)[0]
            (a_ko, a_en), (b_ko, b_en) = self.rng.sample(SYLLABLES, 2)
            ko = f"{sur_ko}{a_ko}{b_ko}"
            if ko in self.used:
                continue
            self.used.add(ko)
            given = f"{a_en}-{b_en}".capitalize()
            return ko, f"{given} {sur_en}", f"{a_en}{b_en}", sur_en.lower()

    def email(self, given: str, surname: str, domain: str, dotted: bool) -> str:
        base = f"{given}.{surname}" if dotted else f"{given}{surname}"
        handle, n = base, 1
        while handle + "@" + domain in self.handles:
            n += 1
            handle = f"{base}{n}"
        self.handles.add(handle + "@" + domain)
        return f"{handle}@{domain}"

    def name_loose(self, index: int) -> tuple[str, str, str, str]:
        """A name that may repeat (a campus of 50,000 has namesakes); cheap to make."""
        sur_ko, sur_en = SURNAMES[index % len(SURNAMES)]
        a_ko, a_en = SYLLABLES[(index // len(SURNAMES)) % len(SYLLABLES)]
        b_ko, b_en = SYLLABLES[(index * 7 + 3) % len(SYLLABLES)]
        return f"{sur_ko}{a_ko}{b_ko}", f"{a_en}-{b_en}".capitalize() + f" {sur_en}", f"{a_en}{b_en}", sur_en.lower()
