#include "imap_test_support.h"

#include "imap/response_parser.h"

#include <QFile>
#include <QTest>

using namespace heron::imap;
using imaptest::parseEveryWay;
using Kind = ResponseCode::Kind;
using ErrorKind = ParseError::Kind;

Q_DECLARE_METATYPE(heron::imap::Response)
Q_DECLARE_METATYPE(heron::imap::ResponseCode)
Q_DECLARE_METATYPE(heron::imap::FetchData)
Q_DECLARE_METATYPE(heron::imap::ParseError::Kind)
Q_DECLARE_METATYPE(heron::imap::ResponseParser::Limits)

namespace {

// ---- expected values, written from the RFCs' grammar ---------------------------------------

Response untagged(Response::Data data)
{
    return Response {{}, std::move(data)};
}

Response tagged(const QByteArray &tag, Status status, const QString &text, ResponseCode code = {})
{
    return Response {tag, StatusResponse {status, std::move(code), text}};
}

Response untaggedStatus(Status status, const QString &text, ResponseCode code = {})
{
    return untagged(StatusResponse {status, std::move(code), text});
}

ResponseCode code(Kind kind, const QByteArray &name, const QByteArray &text = "")
{
    ResponseCode c;
    c.kind = kind;
    c.name = name;
    c.text = text;
    return c;
}

ResponseCode codeWithList(Kind kind, const QByteArray &name, const QByteArray &text, const QList<QByteArray> &list)
{
    ResponseCode c = code(kind, name, text);
    c.list = list;
    return c;
}

ResponseCode codeWithNumber(Kind kind, const QByteArray &name, quint64 number)
{
    ResponseCode c = code(kind, name, QByteArray::number(number));
    c.number = number;
    return c;
}

ResponseCode uidCode(Kind kind, const QByteArray &text, quint64 validity, const QByteArray &source,
                     const QByteArray &uids)
{
    ResponseCode c = code(kind, kind == Kind::AppendUid ? "APPENDUID" : "COPYUID", text);
    c.number = validity;
    c.sourceUids = source.isEmpty() ? SequenceSet() : *SequenceSet::parse(source);
    c.uids = *SequenceSet::parse(uids);
    return c;
}

SequenceSet set(const QByteArray &text)
{
    return *SequenceSet::parse(text);
}

ListData list(const QList<QByteArray> &attributes, QChar delimiter, const QByteArray &raw, const QString &name)
{
    ListData l;
    l.attributes = attributes;
    l.delimiter = delimiter;
    l.rawName = raw;
    l.name = name;
    return l;
}

Address address(const QByteArray &name, const QByteArray &mailbox, const QByteArray &host)
{
    return Address {name, {}, mailbox, host, false, {}};
}

Address group(const QByteArray &name, const QList<Address> &members)
{
    return Address {name, {}, {}, {}, true, members};
}

BodyStructure part(const QByteArray &type, const QByteArray &subtype, const ParameterList &parameters,
                   const QByteArray &encoding, quint64 size, std::optional<quint64> lines = std::nullopt)
{
    BodyStructure b;
    b.type = type;
    b.subtype = subtype;
    b.parameters = parameters;
    b.encoding = encoding;
    b.size = size;
    b.lines = lines;
    return b;
}

// Marks extension data present with all four fields NIL, as Dovecot sends for plain parts.
BodyStructure withNilExtensions(BodyStructure b)
{
    b.hasExtensionData = true;
    return b;
}

BodyStructure multipart(const QList<BodyStructure> &parts, const QByteArray &subtype)
{
    BodyStructure b;
    b.type = "MULTIPART";
    b.subtype = subtype;
    b.parts = parts;
    return b;
}

FetchData fetch(quint32 number)
{
    FetchData f;
    f.sequenceNumber = number;
    return f;
}

FetchSection section(FetchSection::Kind kind, const QByteArray &name, const QByteArray &data,
                     std::optional<quint32> origin = std::nullopt)
{
    return FetchSection {kind, name, origin, data, false, 0};
}

Envelope rfc3501Envelope()
{
    Envelope e;
    e.date = "Wed, 17 Jul 1996 02:23:25 -0700 (PDT)";
    e.subject = "IMAP4rev1 WG mtg summary and minutes";
    e.from = {address("Terry Gray", "gray", "cac.washington.edu")};
    e.sender = e.from;
    e.replyTo = e.from;
    e.to = {address({}, "imap", "cac.washington.edu")};
    e.cc = {address({}, "minutes", "CNRI.Reston.VA.US"), address("John Klensin", "KLENSIN", "MIT.EDU")};
    e.messageId = "<B27397-0100000@cac.washington.edu>";
    return e;
}

const QByteArray kRfc3501Envelope
    = "(\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" \"IMAP4rev1 WG mtg summary and minutes\" "
      "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
      "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
      "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
      "((NIL NIL \"imap\" \"cac.washington.edu\")) "
      "((NIL NIL \"minutes\" \"CNRI.Reston.VA.US\")"
      "(\"John Klensin\" NIL \"KLENSIN\" \"MIT.EDU\")) NIL NIL "
      "\"<B27397-0100000@cac.washington.edu>\")";

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(HERON_SOURCE_DIR "/tests/data/imap/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A sink that records what the parser streams to it.
class RecordingSink : public LiteralSink
{
public:
    QList<LiteralContext> begun;
    QByteArray received;
    int chunks = 0;
    int ended = 0;
    int aborted = 0;

    void begin(const LiteralContext &context) override { begun.append(context); }
    void data(QByteArrayView chunk) override
    {
        received.append(chunk);
        ++chunks;
    }
    void end() override { ++ended; }
    void abort() override { ++aborted; }
};

QString kindName(const Response &response)
{
    static constexpr const char *kNames[] = {
        "status", "continuation", "capability", "list",     "mailboxstatus", "search", "esearch",   "flags",  "exists",
        "recent", "expunge",      "fetch",      "vanished", "enabled",       "id",     "namespace", "unknown"};
    static_assert(std::size(kNames) == std::variant_size_v<Response::Data>);
    return QLatin1StringView(kNames[response.data.index()]);
}

} // namespace

class TestImapResponseParser : public QObject
{
    Q_OBJECT

private:
    // Every table row goes through here: whole, byte at a time and random splits must agree.
    static void compareParse(const QByteArray &wire, const Response &expected)
    {
        const QList<Response> responses = parseEveryWay(wire);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.first(), expected);
    }

private slots:
    // ---- status responses ---------------------------------------------------------------------

    void statusResponses_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<Response>("expected");

        QTest::newRow("tagged OK") << QByteArray("a001 OK LOGIN completed\r\n")
                                   << tagged("a001", Status::Ok, QStringLiteral("LOGIN completed"));
        QTest::newRow("tagged NO with code")
            << QByteArray("A003 NO [TRYCREATE] Mailbox doesn't exist\r\n")
            << tagged("A003", Status::No, QStringLiteral("Mailbox doesn't exist"), code(Kind::TryCreate, "TRYCREATE"));
        QTest::newRow("tagged BAD") << QByteArray("A4 BAD Command unknown or arguments invalid\r\n")
                                    << tagged("A4", Status::Bad,
                                              QStringLiteral("Command unknown or arguments invalid"));
        QTest::newRow("BYE") << QByteArray("* BYE Autologout; idle for too long\r\n")
                             << untaggedStatus(Status::Bye, QStringLiteral("Autologout; idle for too long"));
        QTest::newRow("PREAUTH") << QByteArray("* PREAUTH IMAP4rev1 server logged in as Smith\r\n")
                                 << untaggedStatus(Status::Preauth,
                                                   QStringLiteral("IMAP4rev1 server logged in as Smith"));
        QTest::newRow("OK without text") << QByteArray("* OK\r\n") << untaggedStatus(Status::Ok, QString());
        QTest::newRow("lowercase status")
            << QByteArray("a5 ok done\r\n") << tagged("a5", Status::Ok, QStringLiteral("done"));
        QTest::newRow("lowercase code") << QByteArray("* no [alert] System shutdown in 10 minutes\r\n")
                                        << untaggedStatus(Status::No, QStringLiteral("System shutdown in 10 minutes"),
                                                          code(Kind::Alert, "alert"));
        QTest::newRow("trailing spaces") << QByteArray("a6 OK Fetch completed.   \r\n")
                                         << tagged("a6", Status::Ok, QStringLiteral("Fetch completed."));
        QTest::newRow("code without text")
            << QByteArray("* OK [UIDNEXT 4392]\r\n")
            << untaggedStatus(Status::Ok, QString(), codeWithNumber(Kind::UidNext, "UIDNEXT", 4392));
        QTest::newRow("no space after code")
            << QByteArray("* NO [ALERT]Quota exceeded\r\n")
            << untaggedStatus(Status::No, QStringLiteral("Quota exceeded"), code(Kind::Alert, "ALERT"));
        QTest::newRow("UTF-8 text (IMAP4rev2)") << QByteArray("* OK Gr\xc3\xbc\xc3\x9f"
                                                              "e\r\n")
                                                << untaggedStatus(Status::Ok, QStringLiteral(u"Grüße"));
        QTest::newRow("bare LF line end")
            << QByteArray("A1 OK done\n") << tagged("A1", Status::Ok, QStringLiteral("done"));
        QTest::newRow("Dovecot greeting")
            << QByteArray("* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS "
                          "AUTH=PLAIN] Dovecot ready.\r\n")
            << untaggedStatus(
                   Status::Ok, QStringLiteral("Dovecot ready."),
                   codeWithList(Kind::Capability, "CAPABILITY",
                                "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN",
                                {"IMAP4rev1", "SASL-IR", "LOGIN-REFERRALS", "ID", "ENABLE", "IDLE", "LITERAL+",
                                 "STARTTLS", "AUTH=PLAIN"}));
        QTest::newRow("unknown code kept")
            << QByteArray("* OK [X-GUID 1a2b 3c] hello\r\n")
            << untaggedStatus(Status::Ok, QStringLiteral("hello"), code(Kind::Other, "X-GUID", "1a2b 3c"));
        QTest::newRow("known code with bad arguments is kept as Other")
            << QByteArray("* OK [UIDNEXT soon] text\r\n")
            << untaggedStatus(Status::Ok, QStringLiteral("text"), code(Kind::Other, "UIDNEXT", "soon"));
        QTest::newRow("empty lines between responses are skipped")
            << QByteArray("\r\n\r\nA7 OK x\r\n") << tagged("A7", Status::Ok, QStringLiteral("x"));
    }

    void statusResponses()
    {
        QFETCH(QByteArray, wire);
        QFETCH(Response, expected);
        compareParse(wire, expected);
    }

    // ---- response codes -----------------------------------------------------------------------

    void responseCodes_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<ResponseCode>("expected");

        QTest::newRow("ALERT") << QByteArray("* OK [ALERT] x\r\n") << code(Kind::Alert, "ALERT");
        QTest::newRow("BADCHARSET list") << QByteArray("A1 NO [BADCHARSET (UTF-8 \"ISO-8859-1\")] x\r\n")
                                         << codeWithList(Kind::BadCharset, "BADCHARSET", "(UTF-8 \"ISO-8859-1\")",
                                                         {"UTF-8", "ISO-8859-1"});
        QTest::newRow("BADCHARSET bare") << QByteArray("A1 NO [BADCHARSET] x\r\n")
                                         << code(Kind::BadCharset, "BADCHARSET");
        QTest::newRow("CAPABILITY") << QByteArray("A1 OK [CAPABILITY IMAP4rev2 CONDSTORE] x\r\n")
                                    << codeWithList(Kind::Capability, "CAPABILITY", "IMAP4rev2 CONDSTORE",
                                                    {"IMAP4rev2", "CONDSTORE"});
        QTest::newRow("PARSE") << QByteArray("* NO [PARSE] Bad header\r\n") << code(Kind::Parse, "PARSE");
        QTest::newRow("PERMANENTFLAGS") << QByteArray("* OK [PERMANENTFLAGS (\\Deleted \\Seen $Junk \\*)] Limited\r\n")
                                        << codeWithList(Kind::PermanentFlags, "PERMANENTFLAGS",
                                                        "(\\Deleted \\Seen $Junk \\*)",
                                                        {"\\Deleted", "\\Seen", "$Junk", "\\*"});
        QTest::newRow("PERMANENTFLAGS empty") << QByteArray("* OK [PERMANENTFLAGS ()] No permanent flags permitted\r\n")
                                              << codeWithList(Kind::PermanentFlags, "PERMANENTFLAGS", "()", {});
        QTest::newRow("READ-ONLY") << QByteArray("A2 OK [READ-ONLY] EXAMINE completed\r\n")
                                   << code(Kind::ReadOnly, "READ-ONLY");
        QTest::newRow("READ-WRITE") << QByteArray("A2 OK [READ-WRITE] SELECT completed\r\n")
                                    << code(Kind::ReadWrite, "READ-WRITE");
        QTest::newRow("TRYCREATE") << QByteArray("A2 NO [TRYCREATE] x\r\n") << code(Kind::TryCreate, "TRYCREATE");
        QTest::newRow("UIDNEXT") << QByteArray("* OK [UIDNEXT 4392] Predicted next UID\r\n")
                                 << codeWithNumber(Kind::UidNext, "UIDNEXT", 4392);
        QTest::newRow("UIDVALIDITY 32-bit") << QByteArray("* OK [UIDVALIDITY 3857529045] UIDs valid\r\n")
                                            << codeWithNumber(Kind::UidValidity, "UIDVALIDITY", 3857529045u);
        QTest::newRow("UNSEEN") << QByteArray("* OK [UNSEEN 12] Message 12 is first unseen\r\n")
                                << codeWithNumber(Kind::Unseen, "UNSEEN", 12);
        QTest::newRow("HIGHESTMODSEQ 64-bit") << QByteArray("* OK [HIGHESTMODSEQ 715194045007] Highest\r\n")
                                              << codeWithNumber(Kind::HighestModSeq, "HIGHESTMODSEQ", 715194045007ull);
        QTest::newRow("NOMODSEQ") << QByteArray(
            "* OK [NOMODSEQ] Sorry, this mailbox format doesn't support modsequences\r\n")
                                  << code(Kind::NoModSeq, "NOMODSEQ");
        ResponseCode modified = code(Kind::Modified, "MODIFIED", "7,9");
        modified.uids = set("7,9");
        QTest::newRow("MODIFIED") << QByteArray("d105 OK [MODIFIED 7,9] Conditional STORE failed\r\n") << modified;
        QTest::newRow("APPENDUID") << QByteArray("A003 OK [APPENDUID 38505 3955] APPEND completed\r\n")
                                   << uidCode(Kind::AppendUid, "38505 3955", 38505, {}, "3955");
        QTest::newRow("APPENDUID MULTIAPPEND") << QByteArray("A003 OK [APPENDUID 38505 3955:3957] APPEND completed\r\n")
                                               << uidCode(Kind::AppendUid, "38505 3955:3957", 38505, {}, "3955:3957");
        QTest::newRow("COPYUID") << QByteArray("A004 OK [COPYUID 38505 304,319:320 3956:3958] Done\r\n")
                                 << uidCode(Kind::CopyUid, "38505 304,319:320 3956:3958", 38505, "304,319:320",
                                            "3956:3958");
        QTest::newRow("CLOSED") << QByteArray("* OK [CLOSED] Previous mailbox closed\r\n")
                                << code(Kind::Closed, "CLOSED");
        QTest::newRow("unknown with arguments") << QByteArray("* NO [REFERRAL imap://host/INBOX] go away\r\n")
                                                << code(Kind::Other, "REFERRAL", "imap://host/INBOX");
        QTest::newRow("lowercase known code")
            << QByteArray("* OK [uidvalidity 1] x\r\n") << codeWithNumber(Kind::UidValidity, "uidvalidity", 1);
        QTest::newRow("UIDNEXT 0 tolerated")
            << QByteArray("* OK [UNSEEN 0] x\r\n") << codeWithNumber(Kind::Unseen, "UNSEEN", 0);
    }

    void responseCodes()
    {
        QFETCH(QByteArray, wire);
        QFETCH(ResponseCode, expected);
        const QList<Response> responses = parseEveryWay(wire);
        QCOMPARE(responses.size(), 1);
        const auto *status = responses.first().get<StatusResponse>();
        QVERIFY(status);
        QCOMPARE(status->code, expected);
    }

    // ---- untagged data ------------------------------------------------------------------------

    void untaggedData_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<Response>("expected");

        QTest::newRow("CAPABILITY") << QByteArray("* CAPABILITY IMAP4rev1 STARTTLS AUTH=GSSAPI LOGINDISABLED\r\n")
                                    << untagged(
                                           CapabilityData {{"IMAP4rev1", "STARTTLS", "AUTH=GSSAPI", "LOGINDISABLED"}});
        QTest::newRow("CAPABILITY lowercase, trailing space")
            << QByteArray("* capability imap4rev2 IDLE \r\n") << untagged(CapabilityData {{"imap4rev2", "IDLE"}});

        QTest::newRow("LIST") << QByteArray("* LIST (\\Noselect) \"/\" ~/Mail/foo\r\n")
                              << untagged(list({"\\Noselect"}, u'/', "~/Mail/foo", QStringLiteral("~/Mail/foo")));
        QTest::newRow("LIST modified UTF-7 (RFC 3501 5.1.3)")
            << QByteArray("* LIST () \"/\" \"~peter/mail/&U,BTFw-/&ZeVnLIqe-\"\r\n")
            << untagged(list({}, u'/', "~peter/mail/&U,BTFw-/&ZeVnLIqe-", QStringLiteral(u"~peter/mail/台北/日本語")));
        QTest::newRow("LIST raw UTF-8 without UTF8=ACCEPT falls back")
            << QByteArray("* LIST () \".\" \"Gr\xc3\xbc\xc3\x9f"
                          "e\"\r\n")
            << untagged(list({}, u'.',
                             "Gr\xc3\xbc\xc3\x9f"
                             "e",
                             QStringLiteral(u"Grüße")));
        QTest::newRow("LIST NIL delimiter")
            << QByteArray("* LIST (\\Noselect) NIL \"\"\r\n") << untagged(list({"\\Noselect"}, QChar(), "", QString()));
        QTest::newRow("LIST escaped delimiter") << QByteArray("* LIST () \"\\\\\" Archive\r\n")
                                                << untagged(list({}, u'\\', "Archive", QStringLiteral("Archive")));
        QTest::newRow("LIST lowercase inbox")
            << QByteArray("* list (\\HasNoChildren) \"/\" inbox\r\n")
            << untagged(list({"\\HasNoChildren"}, u'/', "inbox", QStringLiteral("INBOX")));
        QTest::newRow("LIST NIL attributes")
            << QByteArray("* LIST NIL \"/\" INBOX\r\n") << untagged(list({}, u'/', "INBOX", QStringLiteral("INBOX")));
        QTest::newRow("LIST special-use, spaces in name")
            << QByteArray("* LIST (\\HasNoChildren \\Sent) \"/\" \"Sent Messages\"\r\n")
            << untagged(list({"\\HasNoChildren", "\\Sent"}, u'/', "Sent Messages", QStringLiteral("Sent Messages")));
        QTest::newRow("LIST literal name") << QByteArray("* LIST () \"/\" {9}\r\nA \"b\" c\\d\r\n")
                                           << untagged(list({}, u'/', "A \"b\" c\\d", QStringLiteral("A \"b\" c\\d")));
        ListData childInfo = list({"\\Subscribed", "\\HasChildren"}, u'.', "Foo", QStringLiteral("Foo"));
        childInfo.childInfo = {"SUBSCRIBED"};
        QTest::newRow("LIST CHILDINFO (RFC 5258)")
            << QByteArray("* LIST (\\Subscribed \\HasChildren) \".\" \"Foo\" (\"CHILDINFO\" (\"SUBSCRIBED\"))\r\n")
            << untagged(childInfo);
        ListData oldName = list({}, u'/', "&ZeVnLIqe-", QStringLiteral(u"日本語"));
        oldName.oldName = QStringLiteral(u"Foo/台北");
        QTest::newRow("LIST OLDNAME, unknown extended item skipped")
            << QByteArray("* LIST () \"/\" \"&ZeVnLIqe-\" (\"X-EXT\" (1 (2)) \"OLDNAME\" (\"Foo/&U,BTFw-\"))\r\n")
            << untagged(oldName);
        ListData lsub = list({}, u'.', "#news.comp.mail.misc", QStringLiteral("#news.comp.mail.misc"));
        lsub.lsub = true;
        QTest::newRow("LSUB") << QByteArray("* LSUB () \".\" #news.comp.mail.misc\r\n") << untagged(lsub);

        MailboxStatus status;
        status.rawName = "blurdybloop";
        status.name = QStringLiteral("blurdybloop");
        status.messages = 231;
        status.uidNext = 44292;
        QTest::newRow("STATUS") << QByteArray("* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292)\r\n")
                                << untagged(status);
        MailboxStatus all;
        all.rawName = "INBOX";
        all.name = QStringLiteral("INBOX");
        all.messages = 3;
        all.recent = 0;
        all.uidNext = 10;
        all.uidValidity = 1700000000;
        all.unseen = 1;
        all.deleted = 2;
        all.size = 5000000000ull;
        all.highestModSeq = 90060115205545359ull;
        QTest::newRow("STATUS every attribute, unknown one skipped, trailing space") << QByteArray(
            "* STATUS \"INBOX\" (MESSAGES 3 RECENT 0 UIDNEXT 10 UIDVALIDITY 1700000000 UNSEEN 1 DELETED 2 "
            "SIZE 5000000000 X-FOO 7 HIGHESTMODSEQ 90060115205545359 )\r\n") << untagged(all);

        QTest::newRow("SEARCH") << QByteArray("* SEARCH 2 3 6\r\n") << untagged(SearchData {{2, 3, 6}, {}});
        QTest::newRow("SEARCH empty") << QByteArray("* SEARCH\r\n") << untagged(SearchData {});
        QTest::newRow("SEARCH trailing space (Exchange)")
            << QByteArray("* SEARCH 1 \r\n") << untagged(SearchData {{1}, {}});
        QTest::newRow("SEARCH MODSEQ (RFC 7162)")
            << QByteArray("* SEARCH 2 5 6 7 11 12 18 19 20 23 (MODSEQ 917162500)\r\n")
            << untagged(SearchData {{2, 5, 6, 7, 11, 12, 18, 19, 20, 23}, 917162500});
        QTest::newRow("SORT") << QByteArray("* SORT 5 3 4\r\n") << untagged(SearchData {{5, 3, 4}, {}});

        ESearchData minCount;
        minCount.tag = "A282";
        minCount.min = 2;
        minCount.count = 3;
        QTest::newRow("ESEARCH MIN COUNT")
            << QByteArray("* ESEARCH (TAG \"A282\") MIN 2 COUNT 3\r\n") << untagged(minCount);
        ESearchData allUids;
        allUids.tag = "A283";
        allUids.uid = true;
        allUids.all = set("2,10:11");
        allUids.modSeq = 12345;
        QTest::newRow("ESEARCH UID ALL MODSEQ, unknown item skipped")
            << QByteArray("* ESEARCH (TAG \"A283\") UID ALL 2,10:11 RELEVANCY (4 18) MODSEQ 12345\r\n")
            << untagged(allUids);
        ESearchData maxOnly;
        maxOnly.max = 4;
        QTest::newRow("ESEARCH without correlator") << QByteArray("* ESEARCH MAX 4\r\n") << untagged(maxOnly);
        QTest::newRow("ESEARCH nothing") << QByteArray("* ESEARCH (TAG \"x\")\r\n")
                                         << untagged(ESearchData {"x", false, {}, {}, {}, {}, {}});

        QTest::newRow("FLAGS") << QByteArray("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Forwarded)\r\n")
                               << untagged(FlagsData {
                                      {"\\Answered", "\\Flagged", "\\Deleted", "\\Seen", "\\Draft", "$Forwarded"}});
        QTest::newRow("FLAGS empty") << QByteArray("* FLAGS ()\r\n") << untagged(FlagsData {});
        QTest::newRow("EXISTS") << QByteArray("* 23 EXISTS\r\n") << untagged(ExistsData {23});
        QTest::newRow("EXISTS lowercase") << QByteArray("* 0 exists\r\n") << untagged(ExistsData {0});
        QTest::newRow("RECENT") << QByteArray("* 5 RECENT\r\n") << untagged(RecentData {5});
        QTest::newRow("EXPUNGE") << QByteArray("* 44 EXPUNGE\r\n") << untagged(ExpungeData {44});
        QTest::newRow("VANISHED (EARLIER)") << QByteArray("* VANISHED (EARLIER) 300:310,405,411\r\n")
                                            << untagged(VanishedData {true, set("300:310,405,411")});
        QTest::newRow("VANISHED") << QByteArray("* VANISHED 405,407,410,425\r\n")
                                  << untagged(VanishedData {false, set("405,407,410,425")});
        QTest::newRow("VANISHED huge range stays a range")
            << QByteArray("* VANISHED 1:4294967295\r\n") << untagged(VanishedData {false, set("1:4294967295")});
        QTest::newRow("ENABLED") << QByteArray("* ENABLED CONDSTORE QRESYNC\r\n")
                                 << untagged(EnabledData {{"CONDSTORE", "QRESYNC"}});
        QTest::newRow("ENABLED nothing") << QByteArray("* ENABLED\r\n") << untagged(EnabledData {});
        QTest::newRow("ID (RFC 2971)") << QByteArray(
            "* ID (\"name\" \"Cyrus\" \"version\" \"1.5\" \"os\" \"sunos\" \"os-version\" \"5.5\" "
            "\"support-url\" \"mailto:cyrus-bugs+@andrew.cmu.edu\")\r\n")
                                       << untagged(IdData {{{"name", "Cyrus"},
                                                            {"version", "1.5"},
                                                            {"os", "sunos"},
                                                            {"os-version", "5.5"},
                                                            {"support-url", "mailto:cyrus-bugs+@andrew.cmu.edu"}}});
        QTest::newRow("ID NIL") << QByteArray("* ID NIL\r\n") << untagged(IdData {});
        QTest::newRow("ID NIL value") << QByteArray("* ID (\"name\" \"Dovecot\" \"vendor\" NIL)\r\n")
                                      << untagged(IdData {{{"name", "Dovecot"}, {"vendor", QByteArray()}}});

        NamespaceData personalOnly;
        personalOnly.personal = {Namespace {QString(), u'/', {}}};
        QTest::newRow("NAMESPACE personal only")
            << QByteArray("* NAMESPACE ((\"\" \"/\")) NIL NIL\r\n") << untagged(personalOnly);
        NamespaceData three;
        three.personal = {Namespace {QString(), u'/', {}}};
        three.otherUsers = {Namespace {QStringLiteral("~"), u'/', {}}};
        three.shared
            = {Namespace {QStringLiteral("#shared/"), u'/', {}}, Namespace {QStringLiteral("#news."), u'.', {}}};
        QTest::newRow("NAMESPACE three kinds")
            << QByteArray("* NAMESPACE ((\"\" \"/\")) ((\"~\" \"/\")) ((\"#shared/\" \"/\")(\"#news.\" \".\"))\r\n")
            << untagged(three);
        NamespaceData extension;
        extension.personal = {Namespace {QStringLiteral("INBOX."), u'.', {{"X-PARAM", {"FLAG1", "FLAG2"}}}}};
        QTest::newRow("NAMESPACE extension")
            << QByteArray("* NAMESPACE ((\"INBOX.\" \".\" \"X-PARAM\" (\"FLAG1\" \"FLAG2\"))) NIL NIL\r\n")
            << untagged(extension);

        QTest::newRow("continuation with text") << QByteArray("+ Ready for additional command text\r\n")
                                                << untagged(ContinuationRequest {"Ready for additional command text"});
        QTest::newRow("continuation empty") << QByteArray("+ \r\n") << untagged(ContinuationRequest {""});
        QTest::newRow("continuation without space") << QByteArray("+\r\n") << untagged(ContinuationRequest {""});
        QTest::newRow("continuation base64")
            << QByteArray("+ YGgGCSqGSIb3EgECAgIAb1kwV6ADAgEFoQMCAQ+iSzBJoAMCAQGiQgRA==\r\n")
            << untagged(ContinuationRequest {"YGgGCSqGSIb3EgECAgIAb1kwV6ADAgEFoQMCAQ+iSzBJoAMCAQGiQgRA=="});
        QTest::newRow("unknown untagged kept") << QByteArray("* XLIST (\\Inbox) \"/\" \"INBOX\"\r\n")
                                               << untagged(UnknownData {"XLIST", "(\\Inbox) \"/\" \"INBOX\""});
        QTest::newRow("unknown message data kept")
            << QByteArray("* 3 XFOO bar\r\n") << untagged(UnknownData {"XFOO", "3 XFOO bar"});
    }

    void untaggedData()
    {
        QFETCH(QByteArray, wire);
        QFETCH(Response, expected);
        compareParse(wire, expected);
    }

    // ---- FETCH --------------------------------------------------------------------------------

    void fetchData_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<FetchData>("expected");

        FetchData basic = fetch(12);
        basic.flags = QList<QByteArray> {"\\Seen"};
        basic.uid = 4827;
        basic.rfc822Size = 44827;
        basic.internalDate = QDateTime(QDate(1996, 7, 17), QTime(2, 44, 25), Qt::OffsetFromUTC, -7 * 3600);
        QTest::newRow("FLAGS UID RFC822.SIZE INTERNALDATE") << QByteArray(
            "* 12 FETCH (FLAGS (\\Seen) UID 4827 RFC822.SIZE 44827 INTERNALDATE \"17-Jul-1996 02:44:25 -0700\")\r\n")
                                                            << basic;
        FetchData paddedDay = fetch(1);
        paddedDay.internalDate = QDateTime(QDate(2024, 3, 7), QTime(23, 5, 0), Qt::OffsetFromUTC, 5 * 3600 + 1800);
        QTest::newRow("INTERNALDATE with space-padded day")
            << QByteArray("* 1 FETCH (INTERNALDATE \" 7-Mar-2024 23:05:00 +0530\")\r\n") << paddedDay;
        FetchData badDate = fetch(1);
        badDate.internalDate = QDateTime();
        QTest::newRow("unparseable INTERNALDATE is invalid, not fatal")
            << QByteArray("* 1 FETCH (INTERNALDATE \"yesterday\")\r\n") << badDate;
        FetchData modseq = fetch(50);
        modseq.modSeq = 12111230047ull;
        modseq.flags = QList<QByteArray> {"\\Seen", "$Forwarded"};
        QTest::newRow("MODSEQ") << QByteArray("* 50 FETCH (MODSEQ (12111230047) FLAGS (\\Seen $Forwarded))\r\n")
                                << modseq;
        FetchData noFlags = fetch(2);
        noFlags.flags = QList<QByteArray> {};
        QTest::newRow("FLAGS empty") << QByteArray("* 2 FETCH (FLAGS ())\r\n") << noFlags;
        QTest::newRow("FLAGS NIL") << QByteArray("* 2 FETCH (FLAGS NIL)\r\n") << noFlags;
        QTest::newRow("empty FETCH") << QByteArray("* 9 FETCH ()\r\n") << fetch(9);

        FetchData envelope = fetch(12);
        envelope.envelope = rfc3501Envelope();
        QTest::newRow("ENVELOPE (RFC 3501 example)") << "* 12 FETCH (ENVELOPE " + kRfc3501Envelope + ")\r\n"
                                                     << envelope;

        FetchData groups = fetch(3);
        groups.envelope = Envelope {};
        groups.envelope->to = {group("undisclosed-recipients", {})};
        groups.envelope->cc
            = {group("team", {address("Ann", "ann", "example.com"), address("Bob", "bob", "example.com")}),
               address("Carol", "carol", "example.org")};
        groups.envelope->bcc = {address({}, "root", {})};
        QTest::newRow("ENVELOPE groups and a host-less address") << QByteArray(
            "* 3 FETCH (ENVELOPE (NIL NIL NIL NIL NIL "
            "((NIL NIL \"undisclosed-recipients\" NIL)(NIL NIL NIL NIL)) "
            "((NIL NIL \"team\" NIL)(\"Ann\" NIL \"ann\" \"example.com\")(\"Bob\" NIL \"bob\" \"example.com\")"
            "(NIL NIL NIL NIL)(\"Carol\" NIL \"carol\" \"example.org\")) "
            "((NIL NIL \"root\" NIL)) NIL NIL))\r\n") << groups;

        FetchData eightBit = fetch(4);
        eightBit.envelope = Envelope {};
        eightBit.envelope->subject = "Gr\xc3\xbc\xc3\x9f"
                                     "e say \"hi\" \\ bye";
        eightBit.envelope->from = {address("J\xe9r\xf4me", "j", "example.fr")};
        QTest::newRow("ENVELOPE 8-bit and escapes in quoted strings")
            << QByteArray("* 4 FETCH (ENVELOPE (NIL \"Gr\xc3\xbc\xc3\x9f"
                          "e say \\\"hi\\\" \\\\ bye\" "
                          "((\"J\xe9r\xf4me\" NIL \"j\" \"example.fr\")) NIL NIL NIL NIL NIL NIL NIL))\r\n")
            << eightBit;

        FetchData escapedName = fetch(4);
        escapedName.envelope = Envelope {};
        escapedName.envelope->from = {address("Bob \"The Builder\"", "bob", "example.com")};
        escapedName.envelope->sender = escapedName.envelope->from;
        escapedName.envelope->to = {address("Bob \"The Builder\"", "bob", "example.com")};
        QTest::newRow("ENVELOPE escaped quotes in an address name, From repeated")
            << QByteArray("* 4 FETCH (ENVELOPE (NIL NIL ((\"Bob \\\"The Builder\\\"\" NIL \"bob\" \"example.com\")) "
                          "((\"Bob \\\"The Builder\\\"\" NIL \"bob\" \"example.com\")) NIL "
                          "((\"Bob \\\"The Builder\\\"\" NIL \"bob\" \"example.com\")) NIL NIL NIL NIL))\r\n")
            << escapedName;

        // Same text in From and Sender, but the literals differ: each list must be parsed.
        FetchData literalNames = fetch(4);
        literalNames.envelope = Envelope {};
        literalNames.envelope->from = {address("Ann", "a", "b")};
        literalNames.envelope->sender = {address("Bob", "a", "b")};
        QTest::newRow("ENVELOPE address names as literals")
            << QByteArray("* 4 FETCH (ENVELOPE (NIL NIL (({3}\r\nAnn NIL \"a\" \"b\")) (({3}\r\nBob NIL \"a\" \"b\")) "
                          "NIL NIL NIL NIL NIL NIL))\r\n")
            << literalNames;

        FetchData literalSubject = fetch(5);
        literalSubject.envelope = Envelope {};
        literalSubject.envelope->subject = "Hello\r\nWorld";
        literalSubject.envelope->messageId = "<a@b>";
        QTest::newRow("ENVELOPE subject as literal")
            << QByteArray("* 5 FETCH (ENVELOPE (NIL {12}\r\nHello\r\nWorld NIL NIL NIL NIL NIL NIL NIL \"<a@b>\"))\r\n")
            << literalSubject;

        FetchData tight = fetch(6);
        tight.envelope = Envelope {};
        tight.envelope->date = "d";
        tight.envelope->subject = "s";
        tight.envelope->from = {address("A", "a", "b.c")};
        tight.uid = 8;
        QTest::newRow("missing spaces between items and fields") << QByteArray(
            "* 6 FETCH (ENVELOPE (\"d\" \"s\"((\"A\" NIL \"a\" \"b.c\"))NIL NIL NIL NIL NIL NIL NIL)UID 8)\r\n")
                                                                 << tight;

        FetchData simpleBody = fetch(1);
        simpleBody.bodyStructure = part("TEXT", "PLAIN", {{"CHARSET", "US-ASCII"}}, "7BIT", 3028, 92);
        QTest::newRow("BODYSTRUCTURE text/plain without extension data") << QByteArray(
            "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92))\r\n")
                                                                         << simpleBody;
        QTest::newRow("BODY (non-extensible form)") << QByteArray(
            "* 1 FETCH (BODY (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92))\r\n")
                                                    << simpleBody;

        FetchData alternative = fetch(2);
        alternative.bodyStructure = multipart(
            {withNilExtensions(part("text", "plain", {{"charset", "utf-8"}}, "quoted-printable", 1234, 40)),
             withNilExtensions(part("text", "html", {{"charset", "utf-8"}}, "quoted-printable", 5678, 100))},
            "alternative");
        alternative.bodyStructure->hasExtensionData = true;
        alternative.bodyStructure->parameters = {{"boundary", "b1"}};
        QTest::newRow("BODYSTRUCTURE multipart/alternative (Dovecot style)") << QByteArray(
            "* 2 FETCH (BODYSTRUCTURE ((\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" "
            "1234 40 NIL NIL NIL NIL)(\"text\" \"html\" (\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" "
            "5678 100 NIL NIL NIL NIL) \"alternative\" (\"boundary\" \"b1\") NIL NIL NIL))\r\n")
                                                                             << alternative;

        FetchData mixed = fetch(3);
        BodyStructure pdf = part("application", "pdf", {{"name", "a.pdf"}}, "base64", 4096);
        pdf.id = "<id1@x>";
        pdf.description = "A report";
        pdf.hasExtensionData = true;
        pdf.md5 = "md5sum";
        pdf.disposition = BodyDisposition {"attachment", {{"filename", "a.pdf"}, {"size", "3000"}}};
        pdf.languages = {"en", "de"};
        pdf.location = "http://x/a.pdf";
        mixed.bodyStructure = multipart(
            {withNilExtensions(part("text", "plain", {{"charset", "us-ascii"}}, "7bit", 10, 1)), pdf}, "mixed");
        mixed.bodyStructure->hasExtensionData = true;
        mixed.bodyStructure->parameters = {{"boundary", "b2"}};
        mixed.bodyStructure->disposition = BodyDisposition {"inline", {}};
        mixed.bodyStructure->languages = {"en"};
        QTest::newRow("BODYSTRUCTURE every extension field, future extension skipped") << QByteArray(
            "* 3 FETCH (BODYSTRUCTURE ((\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 10 1 NIL NIL "
            "NIL NIL)(\"application\" \"pdf\" (\"name\" \"a.pdf\") \"<id1@x>\" \"A report\" \"base64\" 4096 "
            "\"md5sum\" (\"attachment\" (\"filename\" \"a.pdf\" \"size\" \"3000\")) (\"en\" \"de\") "
            "\"http://x/a.pdf\" (\"future\" 1)) \"mixed\" (\"boundary\" \"b2\") (\"inline\" NIL) \"en\" NIL))\r\n")
                                                                                       << mixed;

        FetchData message = fetch(4);
        BodyStructure rfc822 = part("MESSAGE", "RFC822", {}, "7BIT", 1200, 30);
        rfc822.envelope = Envelope {};
        rfc822.envelope->date = "Mon, 1 Jan 2024 10:00:00 +0000";
        rfc822.envelope->subject = "inner";
        rfc822.envelope->from = {address("X", "x", "y.z")};
        rfc822.envelope->messageId = "<i@y.z>";
        rfc822.parts = {withNilExtensions(part("TEXT", "PLAIN", {{"CHARSET", "UTF-8"}}, "8BIT", 300, 10))};
        rfc822.hasExtensionData = true;
        message.bodyStructure = rfc822;
        QTest::newRow("BODYSTRUCTURE message/rfc822 with envelope and body") << QByteArray(
            "* 4 FETCH (BODYSTRUCTURE (\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 1200 "
            "(\"Mon, 1 Jan 2024 10:00:00 +0000\" \"inner\" ((\"X\" NIL \"x\" \"y.z\")) NIL NIL NIL NIL NIL NIL "
            "\"<i@y.z>\") (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"UTF-8\") NIL NIL \"8BIT\" 300 10 NIL NIL NIL NIL) 30 "
            "NIL NIL NIL NIL))\r\n") << message;

        FetchData bareMessage = fetch(5);
        bareMessage.bodyStructure = withNilExtensions(part("MESSAGE", "RFC822", {}, "7BIT", 5000));
        QTest::newRow("Exchange: message/rfc822 without envelope, body and lines") << QByteArray(
            "* 5 FETCH (BODYSTRUCTURE (\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 5000 NIL NIL NIL NIL))\r\n")
                                                                                   << bareMessage;
        FetchData noLines = fetch(6);
        noLines.bodyStructure = part("TEXT", "PLAIN", {{"CHARSET", "utf-8"}}, "7BIT", 120);
        QTest::newRow("Exchange: text part without line count") << QByteArray(
            "* 6 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"utf-8\") NIL NIL \"7BIT\" 120))\r\n")
                                                                << noLines;
        FetchData noSubtype = fetch(7);
        noSubtype.bodyStructure = multipart({part("TEXT", "PLAIN", {}, "7BIT", 5, 1)}, {});
        QTest::newRow("Exchange: multipart without subtype")
            << QByteArray("* 7 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 5 1)))\r\n") << noSubtype;
        FetchData oddNumbers = fetch(8);
        oddNumbers.bodyStructure = part("TEXT", "PLAIN", {}, "7BIT", 0, 3);
        QTest::newRow("NIL size and quoted line count")
            << QByteArray("* 8 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" () NIL NIL \"7BIT\" NIL \"3\"))\r\n")
            << oddNumbers;
        FetchData bareDisposition = fetch(9);
        bareDisposition.bodyStructure = part("APPLICATION", "OCTET-STREAM", {}, "BASE64", 10);
        bareDisposition.bodyStructure->hasExtensionData = true;
        bareDisposition.bodyStructure->disposition = BodyDisposition {"attachment", {}};
        QTest::newRow("disposition as a bare string")
            << QByteArray("* 9 FETCH (BODYSTRUCTURE (\"APPLICATION\" \"OCTET-STREAM\" NIL NIL NIL \"BASE64\" 10 NIL "
                          "\"attachment\" NIL NIL))\r\n")
            << bareDisposition;
        FetchData lowercase = fetch(3);
        lowercase.uid = 7;
        lowercase.flags = QList<QByteArray> {"\\Seen"};
        lowercase.bodyStructure = part("text", "plain", {{"charset", "utf-8"}}, "7bit", 5, 1);
        QTest::newRow("lowercase items, no space before body, no space in fields") << QByteArray(
            "* 3 fetch (uid 7 flags (\\Seen)body (\"text\" \"plain\" (\"charset\" \"utf-8\")NIL NIL \"7bit\" 5 1))\r\n")
                                                                                   << lowercase;
        FetchData deep = fetch(10);
        deep.bodyStructure
            = multipart({multipart({part("TEXT", "PLAIN", {}, "7BIT", 1, 1), part("TEXT", "HTML", {}, "7BIT", 2, 1)},
                                   "ALTERNATIVE"),
                         part("IMAGE", "PNG", {}, "BASE64", 300)},
                        "RELATED");
        QTest::newRow("nested multiparts, no space between parts") << QByteArray(
            "* 10 FETCH (BODYSTRUCTURE (((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1)(\"TEXT\" \"HTML\" NIL NIL "
            "NIL \"7BIT\" 2 1) \"ALTERNATIVE\")(\"IMAGE\" \"PNG\" NIL NIL NIL \"BASE64\" 300) \"RELATED\"))\r\n")
                                                                   << deep;

        FetchData whole = fetch(1);
        whole.uid = 5;
        whole.sections = {section(FetchSection::Kind::Body, "", "Hello\r\nBye")};
        QTest::newRow("BODY[] literal") << QByteArray("* 1 FETCH (UID 5 BODY[] {10}\r\nHello\r\nBye)\r\n") << whole;
        FetchData partial = fetch(2);
        partial.sections = {section(FetchSection::Kind::Body, "1", "abcde", 0)};
        partial.uid = 9;
        QTest::newRow("partial BODY[1]<0>, item after the literal")
            << QByteArray("* 2 FETCH (BODY[1]<0> {5}\r\nabcde UID 9)\r\n") << partial;
        FetchData fields = fetch(3);
        fields.sections
            = {section(FetchSection::Kind::Body, "HEADER.FIELDS (FROM SUBJECT)", "From: a\r\nSubject: b\r\n\r\n")};
        QTest::newRow("BODY[HEADER.FIELDS (...)]")
            << QByteArray("* 3 FETCH (BODY[HEADER.FIELDS (FROM SUBJECT)] {23}\r\nFrom: a\r\nSubject: b\r\n\r\n)\r\n")
            << fields;
        FetchData quotedSection = fetch(4);
        quotedSection.sections = {section(FetchSection::Kind::Body, "1.MIME", "Content-Type: text/plain")};
        QTest::newRow("section as quoted string")
            << QByteArray("* 4 FETCH (BODY[1.MIME] \"Content-Type: text/plain\")\r\n") << quotedSection;
        FetchData nilSection = fetch(5);
        nilSection.sections = {section(FetchSection::Kind::Body, "2", QByteArray())};
        QTest::newRow("section NIL") << QByteArray("* 5 FETCH (BODY[2] NIL)\r\n") << nilSection;
        FetchData binary = fetch(6);
        binary.sections = {section(FetchSection::Kind::Binary, "1", QByteArray("\x00\x01\xff\r", 4))};
        QTest::newRow("BINARY literal8 with NUL")
            << QByteArray("* 6 FETCH (BINARY[1] ~{4}\r\n\x00\x01\xff\r)\r\n", 34) << binary;
        FetchData binarySize = fetch(7);
        binarySize.binarySizes = {{"1", 4000}};
        QTest::newRow("BINARY.SIZE") << QByteArray("* 7 FETCH (BINARY.SIZE[1] 4000)\r\n") << binarySize;
        FetchData rfc822Items = fetch(8);
        rfc822Items.sections = {section(FetchSection::Kind::Rfc822Header, "", "A: b\r\n\r\n"),
                                section(FetchSection::Kind::Rfc822Text, "", "body"),
                                section(FetchSection::Kind::Rfc822, "", QByteArray())};
        QTest::newRow("RFC822.HEADER, RFC822.TEXT, RFC822")
            << QByteArray("* 8 FETCH (RFC822.HEADER {8}\r\nA: b\r\n\r\n RFC822.TEXT \"body\" RFC822 NIL)\r\n")
            << rfc822Items;
        FetchData twoLiterals = fetch(1);
        twoLiterals.sections
            = {section(FetchSection::Kind::Body, "1", "abc"), section(FetchSection::Kind::Body, "2", ""),
               section(FetchSection::Kind::Body, "3", "def")};
        QTest::newRow("several literals, {0} and {n+}")
            << QByteArray("* 1 FETCH (BODY[1] {3}\r\nabc BODY[2] {0}\r\n BODY[3] {3+}\r\ndef)\r\n") << twoLiterals;
        FetchData gmail = fetch(1);
        gmail.otherItems = {{"X-GM-THRID", "1278455344230334865"},
                            {"X-GM-MSGID", "1278455344230334865"},
                            {"X-GM-LABELS", "(\\Inbox \\Sent Important \"Muy Importante\")"}};
        gmail.uid = 4;
        gmail.flags = QList<QByteArray> {"\\Seen"};
        QTest::newRow("Gmail extension items kept as sent")
            << QByteArray("* 1 FETCH (X-GM-THRID 1278455344230334865 X-GM-MSGID 1278455344230334865 X-GM-LABELS "
                          "(\\Inbox \\Sent Important \"Muy Importante\") UID 4 FLAGS (\\Seen))\r\n")
            << gmail;
    }

    void fetchData()
    {
        QFETCH(QByteArray, wire);
        QFETCH(FetchData, expected);
        const QList<Response> responses = parseEveryWay(wire);
        QCOMPARE(responses.size(), 1);
        const auto *fetch = responses.first().get<FetchData>();
        QVERIFY2(fetch, testdump::data(responses.first().data).constData());
        QCOMPARE(*fetch, expected);
    }

    // QByteArray equality does not tell NIL from "", which the group markers depend on.
    void nilAndEmptyStringsDiffer()
    {
        const QList<Response> responses
            = parseEveryWay("* 1 FETCH (ENVELOPE (NIL \"\" ((\"\" NIL \"a\" \"\")) NIL NIL NIL NIL NIL NIL NIL))\r\n");
        QCOMPARE(responses.size(), 1);
        const Envelope &envelope = *responses.first().get<FetchData>()->envelope;
        QVERIFY(envelope.date.isNull());
        QVERIFY(!envelope.subject.isNull() && envelope.subject.isEmpty());
        QCOMPARE(envelope.from.size(), 1);
        QVERIFY(!envelope.from.first().isGroup);
        QVERIFY(!envelope.from.first().name.isNull());
        QVERIFY(envelope.from.first().adl.isNull());
        QVERIFY(!envelope.from.first().host.isNull());
    }

    void utf8AcceptMailboxNames()
    {
        ResponseParser parser;
        parser.setUtf8Accept(true);
        QVERIFY(parser.feed("* LIST () \"/\" \"Gr\xc3\xbc\xc3\x9f"
                            "e\"\r\n* LIST () \"/\" \"&ZeVnLIqe-\"\r\n"));
        const QList<Response> responses = parser.takeResponses();
        QCOMPARE(responses.size(), 2);
        QCOMPARE(responses.at(0).get<ListData>()->name, QStringLiteral(u"Grüße"));
        // With UTF8=ACCEPT "&" is just a character.
        QCOMPARE(responses.at(1).get<ListData>()->name, QStringLiteral("&ZeVnLIqe-"));
    }

    // ---- recorded sessions ----------------------------------------------------------------------

    void recordedSessions_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("kinds");

        QTest::newRow("Dovecot")
            << QStringLiteral("dovecot_session.txt")
            << QStringList {QStringLiteral("status"), QStringLiteral("status"),  QStringLiteral("capability"),
                            QStringLiteral("status"), QStringLiteral("enabled"), QStringLiteral("status"),
                            QStringLiteral("list"),   QStringLiteral("list"),    QStringLiteral("list"),
                            QStringLiteral("status"), QStringLiteral("flags"),   QStringLiteral("status"),
                            QStringLiteral("exists"), QStringLiteral("status"),  QStringLiteral("status"),
                            QStringLiteral("status"), QStringLiteral("status"),  QStringLiteral("vanished"),
                            QStringLiteral("fetch"),  QStringLiteral("status"),  QStringLiteral("fetch"),
                            QStringLiteral("fetch"),  QStringLiteral("status"),  QStringLiteral("esearch"),
                            QStringLiteral("status"), QStringLiteral("status"),  QStringLiteral("status")};
        QTest::newRow("Gmail-like") << QStringLiteral("gmail_session.txt")
                                    << QStringList {QStringLiteral("status"), QStringLiteral("capability"),
                                                    QStringLiteral("status"), QStringLiteral("id"),
                                                    QStringLiteral("status"), QStringLiteral("list"),
                                                    QStringLiteral("list"),   QStringLiteral("list"),
                                                    QStringLiteral("status"), QStringLiteral("mailboxstatus"),
                                                    QStringLiteral("status"), QStringLiteral("fetch"),
                                                    QStringLiteral("fetch"),  QStringLiteral("status"),
                                                    QStringLiteral("status")};
        QTest::newRow("Exchange-like") << QStringLiteral("exchange_session.txt")
                                       << QStringList {QStringLiteral("status"), QStringLiteral("capability"),
                                                       QStringLiteral("status"), QStringLiteral("namespace"),
                                                       QStringLiteral("status"), QStringLiteral("fetch"),
                                                       QStringLiteral("fetch"),  QStringLiteral("status"),
                                                       QStringLiteral("search"), QStringLiteral("status"),
                                                       QStringLiteral("status")};
    }

    void recordedSessions()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, kinds);
        const QByteArray wire = readData(file);
        QVERIFY(!wire.isEmpty());
        const QList<Response> responses = parseEveryWay(wire);
        QStringList actual;
        for (const Response &response : responses)
            actual.append(kindName(response));
        QCOMPARE(actual, kinds);
    }

    // Spot checks of values inside the recorded sessions.
    void dovecotSessionValues()
    {
        const QList<Response> responses = parseEveryWay(readData(QStringLiteral("dovecot_session.txt")));
        QCOMPARE(responses.size(), 27);
        QCOMPARE(responses.at(16).get<StatusResponse>()->code,
                 codeWithNumber(Kind::HighestModSeq, "HIGHESTMODSEQ", 40));
        QCOMPARE(*responses.at(17).get<VanishedData>(), (VanishedData {true, set("41,43:116,118,120:211,214:540")}));
        const FetchData &first = *responses.at(18).get<FetchData>();
        QCOMPARE(first.uid, std::optional<quint32>(117));
        QCOMPARE(first.modSeq, std::optional<quint64>(38));
        QCOMPARE(first.envelope->subject, QByteArray("=?UTF-8?Q?Gr=C3=BC=C3=9Fe?="));
        QCOMPARE(first.envelope->from, QList<Address> {address("Alice", "alice", "example.com")});
        QCOMPARE(first.bodyStructure->parts.size(), 2);
        QCOMPARE(first.bodyStructure->parts.at(1).disposition->parameters,
                 (ParameterList {{"filename", "report.pdf"}}));
        const FetchData &body = *responses.at(21).get<FetchData>();
        QCOMPARE(body.sections.size(), 1);
        QCOMPARE(body.sections.first().data, QByteArray("Hi Bob,\r\n\r\nsee attached.\r\n"));
        QCOMPARE(responses.at(22).get<StatusResponse>()->code.kind, Kind::None);
        QCOMPARE(responses.at(23).get<ESearchData>()->all, std::optional<SequenceSet>(set("117,119:120")));
        QCOMPARE(responses.at(26).tag, QByteArray("a9"));
    }

    void gmailSessionValues()
    {
        const QList<Response> responses = parseEveryWay(readData(QStringLiteral("gmail_session.txt")));
        QCOMPARE(responses.size(), 15);
        const ListData &all = *responses.at(6).get<ListData>();
        QCOMPARE(all.attributes, (QList<QByteArray> {"\\All", "\\HasNoChildren"}));
        QCOMPARE(all.name, QStringLiteral("[Gmail]/All Mail"));
        QCOMPARE(responses.at(9).get<MailboxStatus>()->uidNext, std::optional<quint32>(1234));
        const FetchData &labelled = *responses.at(11).get<FetchData>();
        QCOMPARE(labelled.otherItems.size(), 2);
        QCOMPARE(labelled.otherItems.at(1),
                 (std::pair<QByteArray, QByteArray>("X-GM-LABELS", "(\"\\\\Important\" \"\\\\Inbox\" Work)")));
        QCOMPARE(labelled.envelope->to.size(), 2);
        const FetchData &second = *responses.at(12).get<FetchData>();
        QCOMPARE(second.envelope->subject, QByteArray("Caf\xc3\xa9 menu"));
    }

    void exchangeSessionValues()
    {
        const QList<Response> responses = parseEveryWay(readData(QStringLiteral("exchange_session.txt")));
        QCOMPARE(responses.size(), 11);
        const NamespaceData &ns = *responses.at(3).get<NamespaceData>();
        QCOMPARE(ns.personal, (QList<Namespace> {Namespace {QString(), u'/', {}}}));
        const FetchData &first = *responses.at(5).get<FetchData>();
        QCOMPARE(first.flags, std::optional<QList<QByteArray>>(QList<QByteArray> {}));
        const BodyStructure &body = *first.bodyStructure;
        QCOMPARE(body.subtype, QByteArray("MIXED"));
        QCOMPARE(body.parts.size(), 2);
        QVERIFY(!body.parts.at(1).isMessage()); // message/rfc822 sent as a basic part
        QCOMPARE(body.parts.at(1).size, quint64(5120));
        QCOMPARE(body.parts.at(0).lines, std::optional<quint64>());
        const FetchData &second = *responses.at(6).get<FetchData>();
        QCOMPARE(second.envelope->sender, QList<Address> {});
        QCOMPARE(second.bodyStructure->disposition->type, QByteArray("inline"));
        QCOMPARE(responses.at(8).get<SearchData>()->numbers, (QList<quint32> {1, 2}));
    }

    // ---- malformed input ------------------------------------------------------------------------

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("what");

        QTest::newRow("not a number") << QByteArray("* 1 FETCH (UID abc)\r\n") << qint64(15)
                                      << QStringLiteral("expected a number after UID");
        QTest::newRow("unclosed FETCH") << QByteArray("* 1 FETCH (UID 5\r\n") << qint64(16)
                                        << QStringLiteral("expected ')' closing the FETCH data");
        QTest::newRow("unterminated quoted string") << QByteArray("* 1 FETCH (ENVELOPE (\"date)\r\n") << qint64(21)
                                                    << QStringLiteral("unterminated quoted string");
        QTest::newRow("not a status after the tag")
            << QByteArray("A1 HELLO world\r\n") << qint64(3) << QStringLiteral("expected OK, NO or BAD after the tag");
        QTest::newRow("no tag") << QByteArray("(oops)\r\n") << qint64(0)
                                << QStringLiteral("expected a tag, '*' or '+' at the start of a response");
        QTest::newRow("number overflow") << QByteArray("* 99999999999 EXISTS\r\n") << qint64(2)
                                         << QStringLiteral("number too large (a message number)");
        QTest::newRow("trailing garbage") << QByteArray("* 3 EXISTS foo\r\n") << qint64(11)
                                          << QStringLiteral("unexpected data after the message data");
        QTest::newRow("bad sequence set")
            << QByteArray("* VANISHED 1:x\r\n") << qint64(11) << QStringLiteral("expected the vanished UIDs");
        QTest::newRow("long delimiter") << QByteArray("* LIST () \"ab\" INBOX\r\n") << qint64(10)
                                        << QStringLiteral("a hierarchy delimiter must be one character");
        QTest::newRow("literal header inside a line") << QByteArray("* LIST () \"/\" {3} x\r\n") << qint64(14)
                                                      << QStringLiteral("a literal's length must end its line");
        QTest::newRow("offset counts earlier responses") << QByteArray("* 1 EXISTS\r\n* 2 FETCH (UID x)\r\n")
                                                         << qint64(27) << QStringLiteral("expected a number after UID");
        QTest::newRow("offset counts literal bytes") << QByteArray("* 1 FETCH (BODY[] {3}\r\nabc UID x)\r\n")
                                                     << qint64(31) << QStringLiteral("expected a number after UID");
        QTest::newRow("unknown section item") << QByteArray("* 1 FETCH (FOO[1] x)\r\n") << qint64(11)
                                              << QStringLiteral("unknown FETCH item with a section");
        QTest::newRow("unclosed response code") << QByteArray("* OK [ALERT text\r\n") << qint64(6)
                                                << QStringLiteral("expected ']' closing the response code");
        QTest::newRow("unclosed body structure")
            << QByteArray("* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 5 1)\r\n") << qint64(64)
            << QStringLiteral("expected ')' closing the FETCH data");
        QTest::newRow("odd parameter list")
            << QByteArray("* 1 FETCH (BODY (\"A\" \"B\" (\"x\") NIL NIL \"7BIT\" 1))\r\n") << qint64(29)
            << QStringLiteral("expected a parameter value");
        QTest::newRow("unknown untagged status-like garbage")
            << QByteArray("* \r\n") << qint64(2) << QStringLiteral("expected a response keyword after '*'");
    }

    void malformed()
    {
        QFETCH(QByteArray, wire);
        QFETCH(qint64, offset);
        QFETCH(QString, what);
        for (const qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(7)}) {
            ResponseParser parser;
            bool ok = true;
            for (qsizetype at = 0; at < wire.size() && ok; at += chunk ? chunk : wire.size())
                ok = parser.feed(
                    QByteArrayView(wire).sliced(at, std::min(chunk ? chunk : wire.size(), wire.size() - at)));
            QVERIFY(!ok);
            QVERIFY(parser.hasFailed());
            QCOMPARE(parser.error().kind, ErrorKind::Malformed);
            QCOMPARE(parser.error().what, what);
            QCOMPARE(parser.error().offset, offset);
            QVERIFY(!parser.error().excerpt.isEmpty());
        }
    }

    void failedStateIsFinalUntilReset()
    {
        ResponseParser parser;
        QVERIFY(!parser.feed("* 1 EXISTS\r\n* 2 FETCH (UID x)\r\n* 3 EXISTS\r\n"));
        QCOMPARE(parser.takeResponses().size(), 1); // what came before the error is still delivered
        QVERIFY(!parser.feed("* 4 EXISTS\r\n"));
        QVERIFY(!parser.hasResponses());
        const QString message = parser.error().toString();
        QVERIFY2(message.contains(QLatin1String("expected a number after UID")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("27")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("FETCH (UID x)")), qPrintable(message));
        parser.reset();
        QVERIFY(!parser.hasFailed());
        QVERIFY(parser.feed("* 4 EXISTS\r\n"));
        QCOMPARE(parser.takeResponses(), QList<Response> {untagged(ExistsData {4})});
    }

    void excerptEscapesControlBytes()
    {
        ResponseParser parser;
        QVERIFY(!parser.feed(QByteArray("* 1 FETCH (UID \x01\xff)\r\n")));
        QCOMPARE(parser.error().excerpt, QByteArray("* 1 FETCH (UID \\x01\\xff)"));
    }

    // Damaged input must end in a response or a clear error, never a crash or a hang (run
    // under ASan/UBSan in ./dev test). Mutations favour the bytes the grammar turns on.
    void randomMutationsFailCleanly()
    {
        const QList<QByteArray> seeds
            = {readData(QStringLiteral("dovecot_session.txt")), readData(QStringLiteral("gmail_session.txt")),
               readData(QStringLiteral("exchange_session.txt"))};
        const QByteArray specials = "(){}[]<>\"\\ ~+*%:,.0123456789\r\nNILnil\x00\xff";
        QRandomGenerator random(20240305);
        ResponseParser::Limits limits;
        limits.maxLiteralSize = 64 * 1024; // mutated lengths must not make the test allocate much
        limits.maxResponseSize = 256 * 1024;
        limits.streamThreshold = 512;
        int failures = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray wire = seeds.at(round % seeds.size());
            for (int edit = 0, edits = random.bounded(1, 6); edit < edits; ++edit) {
                const qsizetype at = random.bounded(wire.size());
                switch (random.bounded(3)) {
                case 0:
                    wire[at] = specials.at(random.bounded(specials.size()));
                    break;
                case 1:
                    wire.remove(at, random.bounded(1, 8));
                    break;
                default:
                    wire.insert(at, specials.at(random.bounded(specials.size())));
                    break;
                }
            }
            RecordingSink sink;
            {
                ResponseParser parser(limits);
                parser.setLiteralSink(&sink);
                for (qsizetype at = 0; at < wire.size() && !parser.hasFailed();) {
                    const qsizetype size = std::min<qsizetype>(random.bounded(1, 200), wire.size() - at);
                    parser.feed(QByteArrayView(wire).sliced(at, size));
                    at += size;
                }
                parser.takeResponses();
                if (parser.hasFailed()) {
                    ++failures;
                    QVERIFY(!parser.error().what.isEmpty());
                    QVERIFY(parser.error().offset >= 0 && parser.error().offset <= wire.size());
                }
            }
            // Every streamed literal was either finished or aborted (at the latest by the destructor).
            QCOMPARE(sink.begun.size(), sink.ended + sink.aborted);
        }
        QVERIFY(failures > 0); // the mutations do reach the error paths
    }

    // ---- limits ---------------------------------------------------------------------------------

    void limits_data()
    {
        QTest::addColumn<ResponseParser::Limits>("limits");
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<qint64>("offset");

        ResponseParser::Limits shortLines;
        shortLines.maxLineLength = 20;
        QTest::newRow("line too long") << shortLines << QByteArray("* 1 EXISTS\r\n* OK 0123456789012345678901234\r\n")
                                       << ErrorKind::LineTooLong << qint64(12);
        QTest::newRow("line too long, no line end yet")
            << shortLines << QByteArray(1000, 'a') << ErrorKind::LineTooLong << qint64(0);
        QTest::newRow("line after a literal too long")
            << shortLines << QByteArray("* 1 FETCH (X {3}\r\nabc UID 1234567890123456789012)\r\n")
            << ErrorKind::LineTooLong << qint64(21);
        QTest::newRow("line at the limit is fine, the next is not")
            << shortLines << QByteArray("* OK 345678901234567\r\n* OK 3456789012345678\r\n") << ErrorKind::LineTooLong
            << qint64(22);
        ResponseParser::Limits smallLiterals;
        smallLiterals.maxLiteralSize = 10;
        QTest::newRow("literal too large")
            << smallLiterals << QByteArray("* 1 FETCH (BODY[] {11}\r\n") << ErrorKind::LiteralTooLarge << qint64(18);
        QTest::newRow("absurd literal length")
            << ResponseParser::Limits {} << QByteArray("* 1 FETCH (BODY[] {99999999999999999999999}\r\n")
            << ErrorKind::LiteralTooLarge << qint64(18);
        ResponseParser::Limits smallResponses;
        smallResponses.maxResponseSize = 70;
        smallResponses.maxLiteralSize = 40;
        QTest::newRow("response too large")
            << smallResponses << QByteArray("* 1 FETCH (BODY[1] {30}\r\n" + QByteArray(30, 'x') + " BODY[2] {30}\r\n")
            << ErrorKind::ResponseTooLarge << qint64(64);
        ResponseParser::Limits shallow;
        shallow.maxNestingDepth = 3;
        QTest::newRow("body structure nested too deep")
            << shallow
            << QByteArray("* 1 FETCH (BODYSTRUCTURE ((((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1) \"A\") \"B\") "
                          "\"C\"))\r\n")
            << ErrorKind::NestingTooDeep << qint64(28);
        QTest::newRow("extension value nested too deep")
            << shallow << QByteArray("* 1 FETCH (X-FOO ((((1)))))\r\n") << ErrorKind::NestingTooDeep << qint64(20);
        QTest::newRow("body structure at the depth limit is fine, extension list is one more")
            << shallow
            << QByteArray(
                   "* 1 FETCH (BODYSTRUCTURE (((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1 NIL NIL NIL NIL (1)) "
                   "\"A\") \"B\"))\r\n")
            << ErrorKind::NestingTooDeep << qint64(82);
    }

    void limits()
    {
        QFETCH(ResponseParser::Limits, limits);
        QFETCH(QByteArray, wire);
        QFETCH(ErrorKind, kind);
        QFETCH(qint64, offset);
        for (const qsizetype chunk : {qsizetype(0), qsizetype(1)}) {
            ResponseParser parser(limits);
            for (qsizetype at = 0; at < wire.size() && !parser.hasFailed(); at += chunk ? chunk : wire.size())
                parser.feed(QByteArrayView(wire).sliced(at, std::min(chunk ? chunk : wire.size(), wire.size() - at)));
            QVERIFY(parser.hasFailed());
            QCOMPARE(parser.error().kind, kind);
            QCOMPARE(parser.error().offset, offset);
            QVERIFY(!parser.error().toString().isEmpty());
        }
    }

    void limitsAllowWhatFits()
    {
        ResponseParser::Limits limits;
        limits.maxLineLength = 60;
        limits.maxLiteralSize = 5;
        limits.maxNestingDepth = 2;
        const QList<Response> responses = parseEveryWay(
            "* 1 FETCH (BODY[] {5}\r\nabcde)\r\n* 2 FETCH (BODY ((\"A\" \"B\" NIL NIL NIL \"7BIT\" 1) \"C\"))\r\n",
            limits);
        QCOMPARE(responses.size(), 2);
    }

    // A server that never ends its line must not make the parser grow without bound.
    void unendedLineIsRefusedEarly()
    {
        ResponseParser::Limits limits;
        limits.maxLineLength = 1024;
        ResponseParser parser(limits);
        const QByteArray chunk(512, 'a');
        int fed = 0;
        while (parser.feed(chunk) && fed < 100)
            ++fed;
        QCOMPARE(fed, 2);
        QCOMPARE(parser.error().kind, ErrorKind::LineTooLong);
    }

    void responseHandlerGetsWhatTheQueueWould()
    {
        const QByteArray wire = readData(QStringLiteral("dovecot_session.txt"));
        const QList<Response> queued = parseEveryWay(wire);
        QVERIFY(!queued.isEmpty());
        for (const qsizetype chunk : {qsizetype(1), qsizetype(100), wire.size()}) {
            ResponseParser parser;
            QList<Response> handled;
            parser.setResponseHandler([&handled](Response &&response) { handled.append(std::move(response)); });
            for (qsizetype at = 0; at < wire.size(); at += chunk)
                QVERIFY(parser.feed(QByteArrayView(wire).sliced(at, std::min(chunk, wire.size() - at))));
            QVERIFY(!parser.hasResponses());
            QCOMPARE(handled, queued);
        }
    }

    // A handler that does not take the response must not leak its tag into the next one.
    void responseHandlerStartsEachResponseAfresh()
    {
        ResponseParser parser;
        QList<Response> seen;
        parser.setResponseHandler([&seen](Response &&response) { seen.append(response); });
        QVERIFY(parser.feed("a1 OK done\r\n* 3 EXISTS\r\n"));
        QCOMPARE(seen, (QList<Response> {tagged("a1", Status::Ok, QStringLiteral("done")), untagged(ExistsData {3})}));
    }

    // ---- streaming literals to a sink -------------------------------------------------------------

    void literalStreamsToSink()
    {
        const QByteArray content = QByteArray("0123456789abcdefghijklmnopqrstuvwxyzABCD");
        const QByteArray wire
            = "* 7 FETCH (UID 42 BODY[1.2]<0> {40}\r\n" + content + " FLAGS (\\Seen))\r\na1 OK done\r\n";
        for (const qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(13)}) {
            ResponseParser::Limits limits;
            limits.streamThreshold = 16;
            limits.maxLiteralSize = 8; // streamed literals are not held, so this limit does not apply
            ResponseParser parser(limits);
            RecordingSink sink;
            parser.setLiteralSink(&sink);
            for (qsizetype at = 0; at < wire.size(); at += chunk ? chunk : wire.size())
                QVERIFY(parser.feed(
                    QByteArrayView(wire).sliced(at, std::min(chunk ? chunk : wire.size(), wire.size() - at))));
            QCOMPARE(sink.begun.size(), 1);
            QCOMPARE(sink.begun.first().sequenceNumber, quint32(7));
            QCOMPARE(sink.begun.first().item, QByteArray("BODY[1.2]<0>"));
            QCOMPARE(sink.begun.first().size, quint64(40));
            QCOMPARE(sink.received, content);
            QCOMPARE(sink.ended, 1);
            QCOMPARE(sink.aborted, 0);
            FetchData expected = fetch(7);
            expected.uid = 42;
            expected.flags = QList<QByteArray> {"\\Seen"};
            expected.sections = {FetchSection {FetchSection::Kind::Body, "1.2", 0, QByteArray(), true, 40}};
            const QList<Response> responses = parser.takeResponses();
            QCOMPARE(responses,
                     (QList<Response> {untagged(expected), tagged("a1", Status::Ok, QStringLiteral("done"))}));
        }
    }

    void sinkGetsOnlyLargeBodyLiterals()
    {
        ResponseParser::Limits limits;
        limits.streamThreshold = 8;
        ResponseParser parser(limits);
        RecordingSink sink;
        parser.setLiteralSink(&sink);
        QVERIFY(
            parser.feed("* 1 FETCH (BODY[1] {7}\r\nshort!! BINARY[2] ~{8}\r\nbinary!! RFC822.TEXT {9}\r\nlong text)\r\n"
                        "* LIST () \"/\" {12}\r\nlong mailbox\r\n"));
        QCOMPARE(sink.begun.size(), 2);
        QCOMPARE(sink.begun.at(0).item, QByteArray("BINARY[2]"));
        QCOMPARE(sink.begun.at(1).item, QByteArray("RFC822.TEXT"));
        QCOMPARE(sink.received, QByteArray("binary!!long text"));
        const QList<Response> responses = parser.takeResponses();
        QCOMPARE(responses.size(), 2);
        const FetchData &fetched = *responses.at(0).get<FetchData>();
        QCOMPARE(fetched.sections.at(0).data, QByteArray("short!!"));
        QVERIFY(!fetched.sections.at(0).streamed);
        QVERIFY(fetched.sections.at(1).streamed);
        QCOMPARE(fetched.sections.at(1).kind, FetchSection::Kind::Binary);
        QVERIFY(fetched.sections.at(2).streamed);
        QCOMPARE(responses.at(1).get<ListData>()->name, QStringLiteral("long mailbox"));
    }

    void sinkIsAbortedWhenCutShort()
    {
        ResponseParser::Limits limits;
        limits.streamThreshold = 4;
        RecordingSink sink;
        {
            ResponseParser parser(limits);
            parser.setLiteralSink(&sink);
            QVERIFY(parser.feed("* 1 FETCH (BODY[] {10}\r\nabc"));
            QVERIFY(parser.isMidResponse());
            parser.reset();
            QCOMPARE(sink.aborted, 1);
            QVERIFY(!parser.isMidResponse());
            QVERIFY(parser.feed("* 1 FETCH (BODY[] {10}\r\nabc"));
        }
        QCOMPARE(sink.aborted, 2); // destroyed mid-literal
        QCOMPARE(sink.ended, 0);
    }
};

QTEST_GUILESS_MAIN(TestImapResponseParser)
#include "tst_imap_response_parser.moc"
