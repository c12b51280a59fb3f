#!/usr/bin/python3
"""genmail.py - fast, deterministic generator of realistic test mail in Maildir format.

Writes messages straight into a Maildir folder (cur/ files named
``TIME.M<usec>P<n>R<run>.heron-genmail,S=<size>,W=<rfc822size>:2,<flags>``), with the
file mtime set to the message Date so IMAP INTERNALDATE matches.  Output
(content and file names) is deterministic for a given --seed and --now.

Only the Python standard library is used, and the email package is avoided on
purpose: messages are assembled from pre-rendered pools with string templates,
which is what makes 100k messages per minute possible.

Usage:
    genmail.py --maildir PATH --count N [--seed S] [--uid U --gid G]
               [--owner EMAIL] [--sent] [--now EPOCH] [--years Y] [--jobs J]
"""

import argparse
import base64
import binascii
import html
import multiprocessing
import os
import random
import struct
import sys
import textwrap
import time
import urllib.parse
import zlib

# --------------------------------------------------------------------------
# Static data pools
# --------------------------------------------------------------------------

# (display name, local part, language)
FIRST_LAST = {
    "en": (["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda",
            "David", "Elizabeth", "William", "Susan", "Richard", "Jessica", "Thomas", "Sarah",
            "Charles", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty",
            "Mark", "Sandra", "Paul", "Ashley", "Steven", "Emily", "Kevin", "Olivia"],
           ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
            "Anderson", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White",
            "Harris", "Clark", "Lewis", "Walker", "Young", "Allen", "King", "Wright"]),
    "de": ([("Jürgen", "juergen"), ("Jörg", "joerg"), ("Käthe", "kaethe"), ("Günther", "guenther"),
            ("Renée", "renee"), ("Uwe", "uwe"), ("Sören", "soeren"), ("Anja", "anja"),
            ("Björn", "bjoern"), ("Heike", "heike")],
           [("Müller", "mueller"), ("Schäfer", "schaefer"), ("Weiß", "weiss"), ("Köhler", "koehler"),
            ("Groß", "gross"), ("Bäcker", "baecker"), ("Fuchs", "fuchs"), ("Schröder", "schroeder")]),
    "fr": ([("François", "francois"), ("Hélène", "helene"), ("Jérôme", "jerome"), ("Cécile", "cecile"),
            ("Noël", "noel"), ("Amélie", "amelie"), ("Gaël", "gael"), ("Léa", "lea")],
           [("Lefèvre", "lefevre"), ("Bérnard", "bernard"), ("Dubois", "dubois"), ("Mercier", "mercier"),
            ("Gérard", "gerard"), ("Lemaître", "lemaitre"), ("Faure", "faure")]),
    "ru": ([("Дмитрий", "dmitry"), ("Анна", "anna"), ("Сергей", "sergey"), ("Ольга", "olga"),
            ("Алексей", "alexey"), ("Наталья", "natalia"), ("Иван", "ivan"), ("Екатерина", "ekaterina")],
           [("Иванов", "ivanov"), ("Смирнов", "smirnov"), ("Кузнецов", "kuznetsov"), ("Попов", "popov"),
            ("Соколов", "sokolov"), ("Лебедев", "lebedev")]),
    "zh": ([("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("强", "qiang"),
            ("磊", "lei"), ("洋", "yang")],
           [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang")]),
    "ja": ([("健", "ken"), ("由美", "yumi"), ("翔太", "shota"), ("陽子", "yoko"), ("大輔", "daisuke"),
            ("恵", "megumi"), ("直樹", "naoki"), ("美咲", "misaki")],
           [("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"),
            ("渡辺", "watanabe"), ("伊藤", "ito")]),
    "ar": ([("محمد", "mohammed"), ("فاطمة", "fatima"), ("أحمد", "ahmed"), ("ليلى", "layla"),
            ("يوسف", "youssef"), ("مريم", "maryam")],
           [("العلي", "alali"), ("حداد", "haddad"), ("الخطيب", "alkhatib"), ("منصور", "mansour"),
            ("سعيد", "saeed")]),
}

LANG_DOMAINS = {
    "en": ["example.com", "example.org", "corp.example.net", "mail.example.co.uk", "startup.example.io"],
    "de": ["beispiel.example.de", "firma.example.de", "example.at"],
    "fr": ["exemple.example.fr", "societe.example.fr", "example.be"],
    "ru": ["primer.example.ru", "kompaniya.example.ru"],
    "zh": ["example.cn", "gongsi.example.cn"],
    "ja": ["example.jp", "kaisha.example.co.jp"],
    "ar": ["example.ae", "sharika.example.sa"],
}

# Charsets used for headers/bodies per language: (charset, weight)
LANG_CHARSETS = {
    "en": [("utf-8", 6), ("windows-1252", 1), ("iso-8859-1", 1)],
    "de": [("iso-8859-1", 3), ("utf-8", 3), ("windows-1252", 1)],
    "fr": [("windows-1252", 2), ("iso-8859-1", 2), ("utf-8", 3)],
    "ru": [("koi8-r", 3), ("utf-8", 3), ("windows-1251", 1)],
    "zh": [("gb2312", 3), ("utf-8", 3)],
    "ja": [("iso-2022-jp", 3), ("shift_jis", 2), ("utf-8", 2)],
    "ar": [("utf-8", 1)],
}

SENTENCES = {
    "en": [
        "Thanks for sending this over so quickly.",
        "I had a look at the latest draft and left a few comments inline.",
        "Could we move the review meeting to Thursday afternoon?",
        "The build on the release branch is green again after the fix to the linker flags.",
        "Please find the updated figures for the third quarter attached.",
        "I am not sure the current approach scales beyond a few thousand users.",
        "Let me know if you need anything else from my side before the deadline.",
        "We should probably loop in the security team before we ship this.",
        "The customer reported that the sync stalls when the mailbox has more than 50k messages.",
        "I agree with most of the points, but the migration plan needs more detail.",
        "Attached is the signed contract; the original will follow by post.",
        "Our flight lands at 14:35, so we should be at the office by four.",
        "The café on the corner does a great lunch menu, by the way.",
        "Quick reminder that the office will be closed on Monday for the holiday.",
        "I’ve pushed the changes to the feature branch – feel free to review.",
        "The invoice total is €1,240.00 including VAT.",
        "Can you double-check the numbers in the spreadsheet before Friday?",
        "We ran the benchmark three times and the variance was under two percent.",
        "Sorry for the late reply, I was travelling most of last week.",
        "The new onboarding guide is now on the wiki under Team Resources.",
        "Does anyone have strong opinions about the color of the new logo?",
        "I think we can close this ticket, the regression was fixed in 4.2.1.",
        "Please do not forward this message outside the organization.",
        "Looking forward to seeing everyone at the offsite next month.",
        "The server will be down for maintenance between 02:00 and 04:00 UTC.",
        "Here is a summary of what we discussed during the call.",
        "I have attached the photos from the workshop, enjoy!",
        "Our naïve implementation turned out to be fast enough for now.",
        "We need a decision on the vendor by the end of the week.",
        "The coffee machine on the second floor has been repaired.",
        "Let’s schedule a short sync to go over the open questions.",
        "Budget approval came through this morning, so we are good to go.",
        "Could you send me the slides from yesterday’s presentation?",
        "The résumé you forwarded looks very promising.",
        "I will be out of office from the 3rd to the 14th with limited access to email.",
        "Make sure to rotate the API keys after the incident review.",
        "The draft agenda is below; please add anything I missed.",
        "Happy to help with the documentation if that speeds things up.",
        "We saw a 30% drop in latency after enabling the cache.",
        "Unfortunately the package was delayed at customs again.",
    ],
    "de": [
        "Vielen Dank für die schnelle Rückmeldung.",
        "Anbei finden Sie die überarbeitete Version des Angebots.",
        "Können wir das Treffen auf nächste Woche verschieben?",
        "Die Größe der Datei überschreitet leider das Limit.",
        "Ich würde vorschlagen, dass wir die Änderungen zunächst intern prüfen.",
        "Für Rückfragen stehe ich Ihnen gerne zur Verfügung.",
        "Die Straßenbahn fällt heute wegen Bauarbeiten aus.",
        "Bitte beachten Sie die geänderten Öffnungszeiten über die Feiertage.",
        "Wir haben die Lösung gestern Abend erfolgreich ausgerollt.",
        "Mit freundlichen Grüßen aus München.",
        "Das Protokoll der letzten Sitzung liegt im gemeinsamen Ordner.",
        "Könnten Sie mir bitte die Rechnung noch einmal zuschicken?",
        "Die Übergabe an das neue Team ist für März geplant.",
        "Ich bin ab Donnerstag wieder im Büro erreichbar.",
    ],
    "fr": [
        "Merci beaucoup pour votre réponse rapide.",
        "Vous trouverez ci-joint le compte rendu de la réunion.",
        "Pourriez-vous me confirmer la date de livraison ?",
        "Je serai absent du bureau jusqu’à lundi prochain.",
        "Le devis a été validé par la direction ce matin.",
        "N’hésitez pas à me contacter pour toute question.",
        "La présentation de vendredi est reportée à la semaine prochaine.",
        "Nous avons reçu votre commande et elle sera expédiée sous 48 heures.",
        "Bien cordialement, et à très bientôt.",
        "Le déjeuner d’équipe aura lieu au café en face du bureau.",
        "Voici les éléments demandés lors de notre échange téléphonique.",
        "Le budget prévisionnel dépasse légèrement nos attentes.",
        "Je vous remercie par avance de votre retour.",
    ],
    "ru": [
        "Спасибо за быстрый ответ.",
        "Во вложении находится обновлённая версия документа.",
        "Можем ли мы перенести встречу на четверг?",
        "Сервер будет недоступен в ночь с субботы на воскресенье.",
        "Пожалуйста, проверьте цифры в таблице до пятницы.",
        "Я согласен с большинством замечаний, но план миграции нужно доработать.",
        "Отчёт за квартал уже готов и отправлен руководству.",
        "С уважением, отдел разработки.",
        "Напоминаю, что в понедельник офис не работает.",
        "Новая версия приложения прошла все тесты.",
        "Давайте обсудим детали на следующей неделе.",
        "Счёт за услуги был оплачен вчера вечером.",
    ],
    "zh": [
        "感谢您的及时回复。",
        "附件是更新后的报价单，请查收。",
        "我们能否把会议改到星期四下午？",
        "服务器将在周末进行维护。",
        "请在星期五之前确认表格中的数据。",
        "新版本已经通过了所有测试。",
        "项目进度比预期稍微慢了一些。",
        "如有任何问题，请随时与我联系。",
        "下周我们将讨论预算的具体细节。",
        "祝您工作顺利，生活愉快。",
        "会议纪要已经上传到共享文件夹。",
    ],
    "ja": [
        "お世話になっております。",
        "資料を添付いたしますので、ご確認ください。",
        "会議の日程を木曜日に変更してもよろしいでしょうか。",
        "サーバーのメンテナンスは週末に行う予定です。",
        "金曜日までに数値をご確認いただけますと幸いです。",
        "新しいバージョンはすべてのテストに合格しました。",
        "ご不明な点がございましたら、お気軽にお問い合わせください。",
        "来週、予算について詳しく相談しましょう。",
        "今後ともよろしくお願いいたします。",
        "議事録を共有フォルダにアップロードしました。",
        "本日の打ち合わせ、ありがとうございました。",
    ],
    "ar": [
        "شكرا جزيلا على ردكم السريع.",
        "تجدون في المرفق النسخة المحدثة من التقرير.",
        "هل يمكننا تأجيل الاجتماع إلى يوم الخميس؟",
        "سيتم إيقاف الخادم للصيانة في نهاية الأسبوع.",
        "يرجى مراجعة الأرقام قبل يوم الجمعة.",
        "مع أطيب التحيات.",
        "تمت الموافقة على الميزانية هذا الصباح.",
        "لا تترددوا في التواصل معي لأي استفسار.",
    ],
}

SUBJECTS = {
    "en": [
        "Quarterly report {n}", "Meeting notes – {month}", "Re-scheduling the design review",
        "Invoice #{n} for {month}", "Build failure on release/{v}", "Lunch on Friday?",
        "Your order {n} has shipped", "Draft proposal for the {proj} migration",
        "Question about the {proj} API", "[{proj}] Weekly status update",
        "Out of office until {month} {d}", "Contract renewal {n}", "Photos from the offsite",
        "Café meeting tomorrow at 10", "Security advisory for {proj} {v}",
        "Candidate résumé: senior engineer", "Budget approval for Q{q}", "Travel plans for {month}",
        "Performance regression in {proj} {v}", "Welcome to the team!", "Slides from today’s talk",
        "Reminder: timesheets due {month} {d}", "New hire onboarding checklist",
        "Server maintenance window {month} {d}", "Happy birthday 🎉", "Project kickoff 🚀 {proj}",
        "Feedback on the {proj} prototype", "Updated roadmap for {year}",
        "Follow-up on our call about {proj}", "A very long subject line that goes on and on about the "
        "{proj} integration, the schedule, the budget and everything else we discussed",
    ],
    "de": ["Angebot Nr. {n} – Überarbeitung", "Protokoll der Sitzung vom {d}. {month}",
           "Rückfragen zur Rechnung {n}", "Änderung der Öffnungszeiten", "Grüße aus München",
           "Terminverschiebung: Präsentation für {proj}", "Übergabe des Projekts {proj}"],
    "fr": ["Réunion de lancement du projet {proj}", "Compte rendu – {month}", "Devis n°{n} validé",
           "Déjeuner d’équipe vendredi", "Présentation reportée", "Commande {n} : confirmation"],
    "ru": ["Отчёт за квартал {q}", "Встреча в четверг", "Обновление документа по проекту {proj}",
           "Счёт №{n}", "Перенос совещания", "Новая версия {v}"],
    "zh": ["会议纪要 {month}", "报价单 {n}", "项目进度更新：{proj}", "服务器维护通知", "关于预算的讨论"],
    "ja": ["会議の日程変更について", "資料送付のご案内 {n}", "議事録（{month}）", "見積書の件", "新バージョン {v} のお知らせ"],
    "ar": ["تقرير الربع {q}", "اجتماع يوم الخميس", "تحديث المشروع {proj}", "فاتورة رقم {n}"],
}

PROJECTS = ["Heron", "Kestrel", "Osprey", "Falcon", "Puffin", "Tern", "Gannet", "Egret"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
TZ_OFFSETS = [0, 60, 120, -300, -240, -420, 330, 480, 540, 180, 240, 600, -180]  # minutes

MAILING_LISTS = [
    ("heron-dev", "lists.example.org", "Heron development discussion"),
    ("announce", "lists.example.net", "Product announcements"),
    ("kde-devel", "lists.example.org", "KDE-like desktop developers"),
    ("linux-kernel-digest", "vger.example.org", "Kernel digest"),
    ("team-berlin", "lists.beispiel.example.de", "Team Berlin intern"),
]

MAILERS = ["Heron 0.1", "Mozilla Thunderbird 115.3.1", "Microsoft Outlook 16.0", "Apple Mail (2.3731)",
           "Evolution 3.46.4", "KMail/5.22.3", "Roundcube Webmail/1.6.5", None, None, None]

ATTACH_NAMES = [
    ("report.pdf", "application/pdf", "pdf"), ("invoice-{n}.pdf", "application/pdf", "pdf"),
    ("screenshot.png", "image/png", "png"), ("photo_{n}.jpg", "image/jpeg", "jpg"),
    ("data.csv", "text/csv", "csv"), ("archive.zip", "application/zip", "bin"),
    ("meeting.ics", "text/calendar", "ics"),
    ("Proposal.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "bin"),
    ("Übersicht_Quartal.pdf", "application/pdf", "pdf"), ("résumé – Hélène.pdf", "application/pdf", "pdf"),
    ("отчёт.pdf", "application/pdf", "pdf"), ("会议纪要.png", "image/png", "png"),
    ("見積書_{n}.pdf", "application/pdf", "pdf"),
    ("Sehr langer Dateiname mit Umlauten äöü und noch mehr Text für Fortsetzungszeilen.pdf",
     "application/pdf", "pdf"),
]

# --------------------------------------------------------------------------
# Encoding helpers (used while building pools; not in the hot loop)
# --------------------------------------------------------------------------

_Q_SAFE = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def _ew(text, charset, enc):
    data = text.encode(charset)
    if enc == "B":
        payload = base64.b64encode(data).decode("ascii")
    else:
        out = []
        for b in data:
            if b in _Q_SAFE:
                out.append(chr(b))
            elif b == 0x20:
                out.append("_")
            else:
                out.append("=%02X" % b)
        payload = "".join(out)
    return "=?%s?%s?%s?=" % (charset, enc, payload)


def encode_words(text, charset, enc):
    """RFC 2047-encode text as a list of encoded words (each <= 75 chars),
    never splitting a character across words; joined with folding LF+SP."""
    words = []
    chunk = ""
    for ch in text:
        cand = chunk + ch
        if chunk and len(_ew(cand, charset, enc)) > 75:
            words.append(_ew(chunk, charset, enc))
            chunk = ch
        else:
            chunk = cand
    if chunk:
        words.append(_ew(chunk, charset, enc))
    return "\n ".join(words)


def encodable(text, charset):
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def header_text(text, charset, enc):
    """Header value for unstructured text: raw if ASCII, else encoded words."""
    if all(ord(c) < 128 for c in text):
        return fold_ascii(text)
    if not encodable(text, charset):
        charset = "utf-8"
    return encode_words(text, charset, enc)


def fold_ascii(text, width=72):
    if len(text) <= width:
        return text
    return "\n ".join(textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False))


def quote_display(name):
    if any(c in name for c in '",.;:<>@()[]\\'):
        return '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
    return name


def wrap_lang(text, lang, width=72):
    if lang in ("zh", "ja"):
        return "\n".join(text[i:i + 36] for i in range(0, len(text), 36))
    return "\n".join(textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False))


def rfc2231_params(fname):
    """Content-Disposition filename parameter(s) for a possibly non-ASCII name."""
    if all(ord(c) < 128 for c in fname):
        return 'filename="%s"' % fname
    enc = urllib.parse.quote(fname.encode("utf-8"), safe="")
    if len(enc) < 60:
        return "filename*=utf-8''%s" % enc
    # RFC 2231 continuations, never splitting a %XX escape
    parts = []
    cur = ""
    i = 0
    while i < len(enc):
        tok = enc[i:i + 3] if enc[i] == "%" else enc[i]
        if len(cur) + len(tok) > 50:
            parts.append(cur)
            cur = ""
        cur += tok
        i += len(tok)
    parts.append(cur)
    out = []
    for k, p in enumerate(parts):
        out.append("filename*%d*=%s%s" % (k, "utf-8''" if k == 0 else "", p))
    return ";\n ".join(out)


def png_bytes(w, h, seed):
    """A real (valid) small RGB PNG with a gradient, stdlib only."""
    r = random.Random(seed)
    c1 = (r.randrange(256), r.randrange(256), r.randrange(256))
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            row += bytes(((c1[0] + x * 4) & 255, (c1[1] + y * 4) & 255, (c1[2] + x + y) & 255))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(typ, data):
        return struct.pack(">I", len(data)) + typ + data + struct.pack(">I", zlib.crc32(typ + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def b64lines(data):
    """base64 with 76-char LF-terminated lines."""
    return base64.encodebytes(data).decode("ascii")


# --------------------------------------------------------------------------
# Pools (built once per process before forking workers)
# --------------------------------------------------------------------------

class Pools:
    def __init__(self, seed):
        r = random.Random(seed * 7919 + 17)
        self.r = r
        # ---- people
        people = []  # (lang, display, addr, header_value)
        for lang, (firsts, lasts) in FIRST_LAST.items():
            for f in firsts:
                for l in lasts:
                    people.append((lang, f, l))
        r.shuffle(people)
        # keep ~200 distinct people, with all languages represented
        wanted = {"en": 110, "de": 20, "fr": 18, "ru": 16, "zh": 12, "ja": 14, "ar": 10}
        chosen = []
        count = {k: 0 for k in wanted}
        for lang, f, l in people:
            if count[lang] < wanted[lang]:
                count[lang] += 1
                chosen.append((lang, f, l))
        self.people = []
        seen_addrs = set()
        for idx, (lang, f, l) in enumerate(chosen):
            if isinstance(f, tuple):
                fname, floc = f
                lname, lloc = l
            else:
                fname, floc, lname, lloc = f, f.lower(), l, l.lower()
            if lang in ("zh", "ja"):
                display = lname + (" " if lang == "ja" else "") + fname
            elif lang == "ar":
                display = fname + " " + lname
            else:
                display = fname + " " + lname
            dom = r.choice(LANG_DOMAINS[lang])
            style = r.random()
            local = "%s.%s" % (floc, lloc) if style < 0.6 else ("%s%s" % (floc[0], lloc) if style < 0.85 else floc)
            addr = "%s@%s" % (local, dom)
            while addr in seen_addrs:
                addr = "%s%d@%s" % (local, r.randrange(2, 99), dom)
            seen_addrs.add(addr)
            if lang == "en" and r.random() < 0.08:
                display = "%s, %s" % (lname, fname)  # needs quoting
            cs = self.pick_charset(lang)
            enc = "Q" if cs in ("iso-8859-1", "windows-1252") or (cs == "utf-8" and lang in ("de", "fr")) else "B"
            if r.random() < 0.05:
                hv = "<%s>" % addr if r.random() < 0.5 else addr
            elif all(ord(c) < 128 for c in display):
                hv = "%s <%s>" % (quote_display(display), addr)
            else:
                hv = "%s <%s>" % (header_text(display, cs, enc), addr)
            self.people.append((lang, display, addr, hv))
        self.by_lang = {}
        for i, p in enumerate(self.people):
            self.by_lang.setdefault(p[0], []).append(i)

        # ---- subjects: (lang, unicode, header value)
        self.subjects = []
        for lang, tmpls in SUBJECTS.items():
            reps = 12 if lang == "en" else 6
            for t in tmpls:
                for _ in range(reps):
                    s = t.format(n=r.randrange(1000, 99999), month=r.choice(MONTHS), d=r.randrange(1, 29),
                                 v="%d.%d.%d" % (r.randrange(1, 6), r.randrange(0, 20), r.randrange(0, 9)),
                                 proj=r.choice(PROJECTS), q=r.randrange(1, 5), year=r.randrange(2023, 2027))
                    cs = self.pick_charset(lang)
                    if "🎉" in s or "🚀" in s:
                        cs = "utf-8"
                    enc = "Q" if cs in ("iso-8859-1", "windows-1252") else ("B" if r.random() < 0.7 else "Q")
                    self.subjects.append((lang, s, header_text(s, cs, enc)))
        self.subj_by_lang = {}
        for i, s in enumerate(self.subjects):
            self.subj_by_lang.setdefault(s[0], []).append(i)

        # ---- paragraphs per language: list of (wrapped text, html fragment)
        self.paras = {}
        for lang, sents in SENTENCES.items():
            n = 400 if lang == "en" else 80
            lst = []
            for _ in range(n):
                k = r.randrange(2, 7)
                sep = "" if lang in ("zh", "ja") else " "
                txt = sep.join(r.choice(sents) for _ in range(k))
                lst.append((wrap_lang(txt, lang), "<p>" + html.escape(txt) + "</p>"))
            self.paras[lang] = lst

        # ---- binary blobs (pre-encoded base64 lines; 77 chars per line incl. LF = 57 bytes)
        rnd = random.Random(seed * 31 + 5)
        big = rnd.randbytes(57 * 8000)  # ~456 kB
        self.big_b64 = b64lines(big)
        assert len(self.big_b64) == 77 * 8000
        pdf_head = (b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                    b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                    b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n"
                    b"4 0 obj\n<< /Length 0 /Filter /FlateDecode >>\nstream\n")
        jpg_head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
        zip_head = b"PK\x03\x04\x14\x00\x00\x00\x08\x00"
        png_head = png_bytes(4, 4, 1)[:33]  # signature + IHDR

        def pad57(b):
            return b + b"\n" * ((-len(b)) % 57)
        self.heads = {"pdf": b64lines(pad57(pdf_head)), "jpg": b64lines(pad57(jpg_head)),
                      "bin": b64lines(pad57(zip_head)), "png": b64lines(pad57(png_head))}
        self.pngs = [b64lines(png_bytes(24 + 8 * k, 16 + 4 * k, seed + k)) for k in range(6)]
        csv_rows = ["id,name,amount,date"] + ["%d,Item %d,%d.%02d,2024-%02d-%02d" % (
            k, k, rnd.randrange(1, 9999), rnd.randrange(100), rnd.randrange(1, 13), rnd.randrange(1, 29))
            for k in range(400)]
        self.csv = "\n".join(csv_rows) + "\n"

    def pick_charset(self, lang):
        return self.pick_charset_r(self.r, lang)

    @staticmethod
    def pick_charset_r(r, lang):
        opts = LANG_CHARSETS[lang]
        tot = sum(w for _, w in opts)
        x = r.random() * tot
        for cs, w in opts:
            x -= w
            if x < 0:
                return cs
        return opts[-1][0]


# --------------------------------------------------------------------------
# Structure pass: dates, senders, threads, flags (sequential, cheap)
# --------------------------------------------------------------------------

LANG_WEIGHTS = [("en", 70), ("de", 7), ("fr", 6), ("ru", 5), ("ja", 5), ("zh", 4), ("ar", 3)]


def plan(pools, count, seed, now, years, sent):
    r = random.Random(seed * 1000003 + (1 if sent else 0))
    start = now - int(years * 365.25 * 86400)
    span = now - 60 - start
    langs = [l for l, w in LANG_WEIGHTS for _ in range(w)]
    threads = []  # [lang, subj_idx, root_id, refs(tuple), participants(list), last_id]
    metas = []
    last_t = start
    unseen_window = max(10, int(count * 0.03))
    for i in range(count):
        t = start + int(span * (i + r.random() * 0.9) / max(count, 1))
        if t <= last_t:
            t = last_t + 1
        last_t = t
        msgid = "<%x.%x.%d@%s>" % (t, r.getrandbits(40), i, "genmail.example.net")
        reply = threads and r.random() < 0.4
        if reply:
            th = threads[-1 - min(int(r.expovariate(0.15)), len(threads) - 1)]
            lang = th[0]
            subj = th[1]
            parts = th[4]
            sender = r.choice(parts) if r.random() < 0.8 else r.choice(pools.by_lang.get(lang) or [0])
            in_reply_to = th[5]
            refs = th[3] + (th[5],)
            if len(refs) > 12:
                refs = refs[:1] + refs[-11:]
            th[3] = refs
            th[5] = msgid
            if sender not in parts:
                parts.append(sender)
        else:
            lang = r.choice(langs)
            lp = pools.by_lang[lang]
            sender = r.choice(lp) if r.random() < 0.8 else r.randrange(len(pools.people))
            subj = r.choice(pools.subj_by_lang[lang])
            in_reply_to = None
            refs = ()
            threads.append([lang, subj, msgid, (), [sender], msgid])
            if len(threads) > 400:
                del threads[:100]
        # flags (maildir info letters, ASCII order)
        age = count - 1 - i
        if sent:
            seen = True
        elif age < unseen_window:
            seen = r.random() < 0.2
        else:
            seen = r.random() < 0.97
        fl = ""
        if r.random() < 0.03:
            fl += "F"
        if seen and not sent and r.random() < 0.06:
            fl += "R"
        if seen:
            fl += "S"
        metas.append((t, sender, subj, lang, msgid, in_reply_to, refs, fl))
    return metas


# --------------------------------------------------------------------------
# Rendering (hot loop)
# --------------------------------------------------------------------------

def fmt_date(t, tzmin):
    tm = time.gmtime(t + tzmin * 60)
    sign = "+" if tzmin >= 0 else "-"
    a = abs(tzmin)
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (
        WDAYS[tm.tm_wday], tm.tm_mday, MONS[tm.tm_mon - 1], tm.tm_year, tm.tm_hour, tm.tm_min, tm.tm_sec,
        sign, a // 60, a % 60)


class Renderer:
    def __init__(self, pools, metas, seed, owner, owner_hv, sent):
        self.p = pools
        self.m = metas
        self.seed = seed
        self.owner = owner
        self.owner_hv = owner_hv
        self.sent = sent

    def body_text(self, r, lang, nparas):
        paras = self.p.paras[lang]
        return [r.choice(paras)[0] for _ in range(nparas)]

    def text_part(self, r, lang, texts, flowed_ok=True):
        """Returns (content-type header lines, body str) for a text/plain part."""
        body = "\n\n".join(texts) + "\n"
        flowed_body = "\n\n".join(b if b[:1] == ">" or b[:3] in ("-- ", "___", "On ") else b.replace("\n", " \n")
                                  for b in texts) + "\n"
        cs = self.p.pick_charset_r(r, lang)
        try:
            data = body.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
            data = body.encode(cs)
        ascii_only = body.isascii()
        x = r.random()
        flowed = ""
        if cs == "iso-2022-jp":
            cte = "7bit"
        elif ascii_only:
            if flowed_ok and x < 0.3:
                flowed = "; format=flowed"
                data = flowed_body.encode(cs)
            cte = "7bit"
            cs = "us-ascii" if r.random() < 0.5 else cs
        elif x < 0.35:
            cte = "quoted-printable"
        elif x < 0.6 and cs in ("utf-8",) and lang in ("zh", "ja", "ar", "ru"):
            cte = "base64"
        elif x < 0.75 and flowed_ok and lang not in ("zh", "ja"):
            flowed = "; format=flowed; delsp=no"
            data = flowed_body.encode(cs)
            cte = "8bit"
        elif x < 0.85:
            cte = "base64"
        else:
            cte = "8bit"
        if cte == "quoted-printable":
            payload = binascii.b2a_qp(data, istext=True).decode("ascii")
        elif cte == "base64":
            payload = b64lines(data)
        else:
            payload = data.decode("latin-1")  # raw bytes passthrough (written back as latin-1)
        hdr = "Content-Type: text/plain; charset=%s%s\nContent-Transfer-Encoding: %s\n" % (cs, flowed, cte)
        return hdr, payload

    def html_part(self, r, lang, nparas, extra=""):
        paras = self.p.paras[lang]
        frag = "\n".join(r.choice(paras)[1] for _ in range(nparas))
        direction = ' dir="rtl"' if lang == "ar" else ""
        doc = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><style>body{font-family:sans-serif}'
               '</style></head>\n<body%s>\n%s\n%s</body></html>\n' % (direction, frag, extra))
        payload = binascii.b2a_qp(doc.encode("utf-8"), istext=True).decode("ascii")
        return "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n", payload

    def attachment(self, r, i, big=False):
        name, ctype, kind = r.choice(ATTACH_NAMES)
        name = name.replace("{n}", str(r.randrange(100, 9999)))
        if all(ord(c) < 128 for c in name):
            ct_name = 'name="%s"' % name
        else:
            ct_name = 'name="%s"' % encode_words(name, "utf-8", "B").replace("\n ", " ")
            if len(ct_name) > 70:
                ct_name = "\n " + ct_name
        disp = "attachment" if r.random() < 0.9 else "inline"
        if kind == "csv":
            body = self.p.csv[: r.randrange(500, len(self.p.csv))]
            cut = body.rfind("\n")
            body = body[:cut + 1]
            return ("Content-Type: text/csv; charset=us-ascii; %s\nContent-Disposition: %s; %s\n"
                    "Content-Transfer-Encoding: 7bit\n" % (ct_name, disp, rfc2231_params(name)), body)
        if kind == "ics":
            t = self.m[i][0] + 86400 * r.randrange(1, 20)
            st = time.strftime("%Y%m%dT%H0000Z", time.gmtime(t))
            body = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Heron//genmail//EN\nMETHOD:REQUEST\n"
                    "BEGIN:VEVENT\nUID:%d-%d@genmail.example.net\nDTSTAMP:%s\nDTSTART:%s\n"
                    "SUMMARY:Review meeting\nEND:VEVENT\nEND:VCALENDAR\n" % (self.seed, i, st, st))
            return ("Content-Type: text/calendar; charset=utf-8; method=REQUEST; %s\n"
                    "Content-Disposition: %s; %s\nContent-Transfer-Encoding: 7bit\n"
                    % (ct_name, disp, rfc2231_params(name)), body)
        if kind == "png" and r.random() < 0.5:
            payload = r.choice(self.p.pngs)
        else:
            head = self.p.heads[kind if kind in self.p.heads else "bin"]
            if big:
                nbytes = r.randrange(100_000, 400_000)
            else:
                nbytes = int(r.lognormvariate(9.0, 0.8))  # median ~8 kB
                nbytes = max(600, min(nbytes, 120_000))
            nlines = nbytes // 57
            total = len(self.p.big_b64) // 77
            off = r.randrange(0, total - nlines) if nlines < total else 0
            payload = head + self.p.big_b64[off * 77:(off + nlines) * 77]
        hdr = ("Content-Type: %s; %s\nContent-Disposition: %s; %s\nContent-Transfer-Encoding: base64\n"
               % (ctype, ct_name, disp, rfc2231_params(name)))
        return hdr, payload

    @staticmethod
    def multipart(subtype, boundary, parts, extra_params=""):
        out = ["Content-Type: multipart/%s;%s\n boundary=\"%s\"\n" % (subtype, extra_params, boundary), None]
        body = []
        if subtype == "mixed":
            body.append("This is a multi-part message in MIME format.\n")
        for hdr, payload in parts:
            body.append("\n--%s\n%s\n%s" % (boundary, hdr, payload))
            if not payload.endswith("\n"):
                body.append("\n")
        body.append("\n--%s--\n" % boundary)
        return out[0], "".join(body)

    def render(self, i):
        t, sender, subj_idx, lang, msgid, irt, refs, flags = self.m[i]
        r = random.Random(self.seed * 1000003 + i * 7 + (3 if self.sent else 0))
        p = self.p
        person = p.people[sender]
        tz = TZ_OFFSETS[sender % len(TZ_OFFSETS)]
        date = fmt_date(t, tz)
        subj_hv = p.subjects[subj_idx][2]
        if irt:
            prefix = "AW: " if lang == "de" and r.random() < 0.5 else ("RE: " if r.random() < 0.15 else "Re: ")
            subject = prefix + subj_hv
        else:
            subject = subj_hv
        lst = None
        if not self.sent and r.random() < 0.12:
            lst = MAILING_LISTS[r.randrange(len(MAILING_LISTS))]
        # ---------------- addresses
        if self.sent:
            from_hv = self.owner_hv
            to_hv = person[3]
            if r.random() < 0.3:
                to_hv += ",\n " + p.people[r.randrange(len(p.people))][3]
            cc_hv = None
        else:
            from_hv = person[3]
            if lst:
                to_hv = "%s@%s" % (lst[0], lst[1])
            elif r.random() < 0.2:
                to_hv = self.owner_hv + ",\n " + p.people[r.randrange(len(p.people))][3]
            else:
                to_hv = self.owner_hv
            cc_hv = p.people[r.randrange(len(p.people))][3] if r.random() < 0.15 else None

        # ---------------- body structure
        nparas = 4 + int(r.expovariate(0.35))
        if nparas > 12:
            nparas = 12
        texts = self.body_text(r, lang, nparas)
        if irt:
            qp = r.choice(p.paras[lang])[0]
            qname = p.people[r.randrange(len(p.people))][1]
            quoted = "> " + qp.replace("\n", "\n> ")
            if r.random() < 0.3:
                quoted += "\n> \n> > " + r.choice(p.paras[lang])[0].replace("\n", "\n> > ")
            texts.append("On %s, %s wrote:\n%s" % (fmt_date(t - r.randrange(600, 200000), tz), qname, quoted))
        sig_name = "%s" % (p.people[sender][1] if not self.sent else self.owner.split("@")[0].capitalize())
        texts.append("-- \n" + sig_name)
        if lst:
            texts.append("_______________________________________________\n%s mailing list\n%s@%s\n"
                         "https://%s/mailman/listinfo/%s" % (lst[0], lst[0], lst[1], lst[1], lst[0]))

        k = r.random()
        bnd = "=_genmail_%x_%d" % (r.getrandbits(48), i)
        if k < 0.45:
            ct, body = self.text_part(r, lang, texts)
        elif k < 0.70:
            tp = self.text_part(r, lang, texts, flowed_ok=False)
            hp = self.html_part(r, lang, nparas)
            ct, body = self.multipart("alternative", bnd + "_a", [tp, hp])
        elif k < 0.92:
            if r.random() < 0.5:
                first = self.text_part(r, lang, texts)
            else:
                first = self.multipart("alternative", bnd + "_a",
                                       [self.text_part(r, lang, texts, flowed_ok=False),
                                        self.html_part(r, lang, nparas)])
            parts = [first] + [self.attachment(r, i) for _ in range(1 + int(r.expovariate(1.2)))]
            ct, body = self.multipart("mixed", bnd + "_m", parts)
        elif k < 0.95:
            # multipart/alternative + multipart/related with cid images
            cids = []
            imgs = []
            for n in range(r.randrange(1, 3)):
                cid = "img%d.%x@genmail.example.net" % (n, r.getrandbits(32))
                cids.append(cid)
                imgs.append(("Content-Type: image/png; name=\"image%d.png\"\nContent-Transfer-Encoding: base64\n"
                             "Content-ID: <%s>\nContent-Disposition: inline; filename=\"image%d.png\"\n"
                             % (n, cid, n), r.choice(p.pngs)))
            extra = "".join('<p><img src="cid:%s" alt="inline image"></p>\n' % c for c in cids)
            hp = self.html_part(r, lang, nparas, extra)
            rel = self.multipart("related", bnd + "_r", [hp] + imgs, ' type="text/html";')
            ct, body = self.multipart("alternative", bnd + "_a",
                                      [self.text_part(r, lang, texts, flowed_ok=False), rel])
        elif k < 0.985:
            # forward with message/rfc822
            inner_from = p.people[r.randrange(len(p.people))]
            inner_subj = p.subjects[r.randrange(len(p.subjects))]
            it = t - r.randrange(3600, 30 * 86400)
            ih, ib = self.text_part(r, inner_subj[0], self.body_text(r, inner_subj[0], 2))
            inner = ("From: %s\nTo: %s\nDate: %s\nSubject: %s\nMessage-ID: <fwd.%x.%d@genmail.example.net>\n"
                     "MIME-Version: 1.0\n%s\n%s" % (inner_from[3], person[3], fmt_date(it, 0), inner_subj[2],
                                                    r.getrandbits(40), i, ih, ib))
            intro = self.text_part(r, lang, [texts[0], "---------- Forwarded message ----------"])
            fw = ("Content-Type: message/rfc822\nContent-Disposition: %s\n"
                  % ("inline" if r.random() < 0.5 else 'attachment; filename="forwarded.eml"'), inner)
            ct, body = self.multipart("mixed", bnd + "_m", [intro, fw])
            if not irt:
                subject = "Fwd: " + subject
        else:
            # big attachment
            parts = [self.text_part(r, lang, texts), self.attachment(r, i, big=True)]
            ct, body = self.multipart("mixed", bnd + "_m", parts)

        # ---------------- headers
        h = []
        addr = person[2] if not self.sent else self.owner
        h.append("Return-Path: <%s>\n" % (addr if not lst else "%s-bounces@%s" % (lst[0], lst[1])))
        if not self.sent:
            h.append("Delivered-To: %s\n" % self.owner)
            h.append("Received: from mx.%s (mx.%s [192.0.2.%d])\n\tby mail.example.test (Postfix) with ESMTPS id %X\n"
                     "\tfor <%s>; %s\n" % (addr.split("@")[1], addr.split("@")[1], (sender % 250) + 1,
                                          r.getrandbits(40), self.owner, fmt_date(t, 0)))
        h.append("From: %s\n" % from_hv)
        h.append("To: %s\n" % to_hv)
        if cc_hv:
            h.append("Cc: %s\n" % cc_hv)
        h.append("Subject: %s\n" % subject)
        h.append("Date: %s\n" % date)
        h.append("Message-ID: %s\n" % msgid)
        if irt:
            h.append("In-Reply-To: %s\n" % irt)
            h.append("References: %s\n" % "\n ".join(refs))
        if lst:
            lid = "%s.%s" % (lst[0], lst[1])
            h.append("Sender: \"%s\" <%s-bounces@%s>\n" % (lst[0], lst[0], lst[1]))
            h.append("List-Id: %s <%s>\n" % (lst[2], lid))
            h.append("List-Unsubscribe: <mailto:%s-request@%s?subject=unsubscribe>,\n <https://%s/mailman/options/%s>\n"
                     % (lst[0], lst[1], lst[1], lst[0]))
            h.append("List-Post: <mailto:%s@%s>\nList-Archive: <https://%s/pipermail/%s/>\nPrecedence: list\n"
                     % (lst[0], lst[1], lst[1], lst[0]))
        mailer = MAILERS[(sender + (1 if self.sent else 0)) % len(MAILERS)]
        if mailer:
            h.append("User-Agent: %s\n" % mailer)
        h.append("MIME-Version: 1.0\n")
        h.append(ct)
        msg = "".join(h) + "\n" + body
        # text parts carrying 8bit legacy bytes were passed through as latin-1 code points
        return msg.encode("latin-1")


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------

_G = {}


def _work(rng):
    a, b = rng
    g = _G
    rend, cur, tmp, uid, gid, run_tag = g["rend"], g["cur"], g["tmp"], g["uid"], g["gid"], g["tag"]
    metas = rend.m
    nbytes = 0
    flags_o = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    for i in range(a, b):
        data = rend.render(i)
        t = metas[i][0]
        size = len(data)
        wsize = size + data.count(b"\n")
        base = "%d.M%06dP%dR%s.heron-genmail,S=%d,W=%d" % (t, i % 1000000, i, run_tag, size, wsize)
        tp = tmp + "/" + base
        fd = os.open(tp, flags_o, 0o600)
        try:
            os.write(fd, data)
            if uid is not None:
                os.fchown(fd, uid, gid)
        finally:
            os.close(fd)
        os.utime(tp, (t, t))
        os.rename(tp, cur + "/" + base + ":2," + metas[i][7])
        nbytes += size
    return b - a, nbytes


def ensure_dirs(path, uid, gid):
    """Create path (and missing parents), chowning what we create."""
    missing = []
    p = os.path.abspath(path)
    while not os.path.isdir(p):
        missing.append(p)
        p = os.path.dirname(p)
    # mailstack runs several of us at once into one mailbox (INBOX, Sent, Archive):
    # another may make a shared parent between our check and our mkdir.
    for d in missing[::-1] + [os.path.join(path, sub) for sub in ("cur", "new", "tmp")]:
        try:
            os.mkdir(d, 0o700)
        except FileExistsError:
            continue
        if uid is not None:
            os.chown(d, uid, gid)
    if os.path.basename(os.path.abspath(path)).startswith("."):
        mf = os.path.join(path, "maildirfolder")
        if not os.path.exists(mf):
            open(mf, "w").close()
            if uid is not None:
                os.chown(mf, uid, gid)


def resolve_id(val, kind):
    if val is None:
        return None
    try:
        return int(val)
    except ValueError:
        import grp
        import pwd
        return pwd.getpwnam(val).pw_uid if kind == "u" else grp.getgrnam(val).gr_gid


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate realistic test mail into a Maildir folder.")
    ap.add_argument("--maildir", required=True, help="Maildir folder (the directory holding cur/new/tmp)")
    ap.add_argument("--count", type=int, required=True, help="number of messages to write")
    ap.add_argument("--seed", type=int, default=1, help="content seed (default 1); same seed + --now = same output")
    ap.add_argument("--uid", help="owner uid or user name for created files/dirs")
    ap.add_argument("--gid", help="owner gid or group name")
    ap.add_argument("--owner", default="demo@example.test", help="mailbox owner address (To: / Sent From:)")
    ap.add_argument("--owner-name", default=None, help="display name of the owner")
    ap.add_argument("--sent", action="store_true", help="generate outgoing (Sent folder) messages from --owner")
    ap.add_argument("--all-seen", action="store_true", help="mark every message \\Seen (archive folders)")
    ap.add_argument("--now", type=int, default=None,
                    help="newest message time (epoch); default: now rounded down to the hour. "
                         "Pin it for byte-identical output across runs.")
    ap.add_argument("--years", type=float, default=3.0, help="time span covered (default 3)")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1),
                    help="worker processes (default: min(2, CPUs)); output does not depend on it")
    args = ap.parse_args(argv)

    t0 = time.time()
    uid = resolve_id(args.uid, "u")
    gid = resolve_id(args.gid, "g")
    if uid is not None and gid is None:
        import pwd
        gid = pwd.getpwuid(uid).pw_gid
    now = args.now if args.now is not None else int(time.time()) // 3600 * 3600
    ensure_dirs(args.maildir, uid, gid)

    owner_name = args.owner_name or args.owner.split("@")[0].replace(".", " ").title()
    owner_hv = "%s <%s>" % (quote_display(owner_name), args.owner) if all(ord(c) < 128 for c in owner_name) \
        else "%s <%s>" % (header_text(owner_name, "utf-8", "B"), args.owner)

    pools = Pools(args.seed)
    metas = plan(pools, args.count, args.seed, now, args.years, args.sent or args.all_seen)
    rend = Renderer(pools, metas, args.seed, args.owner, owner_hv, args.sent)

    cur = os.path.join(args.maildir, "cur")
    names = os.listdir(cur)
    base_tag = "%d%s" % (args.seed, "s" if args.sent else "")
    tag, n = base_tag, 1
    while any(("R%s.heron-genmail" % tag) in fn for fn in names):
        n += 1
        tag = "%sx%d" % (base_tag, n)

    _G.update(rend=rend, cur=cur, tmp=os.path.join(args.maildir, "tmp"), uid=uid, gid=gid, tag=tag)
    chunk = 1000
    ranges = [(a, min(a + chunk, args.count)) for a in range(0, args.count, chunk)]
    total = 0
    nbytes = 0
    if args.jobs > 1 and args.count >= 2000:
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(args.jobs) as pool:
            for c, b in pool.imap_unordered(_work, ranges):
                total += c
                nbytes += b
    else:
        for rg in ranges:
            c, b = _work(rg)
            total += c
            nbytes += b
    # Make the folder itself look recently modified so Dovecot rescans it.
    os.utime(cur, None)
    dt = time.time() - t0
    sys.stderr.write("genmail: %d messages, %.1f MB, %.2f s (%.0f msg/s) -> %s\n"
                     % (total, nbytes / 1e6, dt, total / dt if dt > 0 else 0, args.maildir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
