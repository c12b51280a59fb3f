#pragma once

// What the crash test's writer puts in the outbox for index i, so the test
// can tell a whole message from a torn one without any other record.
#include <QByteArray>
#include <QByteArrayList>
#include <QRandomGenerator>

namespace heron::test::crash {

inline QByteArray messageId(qint64 index)
{
    return "<crash-" + QByteArray::number(index) + "@example.test>";
}

inline QByteArrayList recipients(qint64 index)
{
    return {"bob@example.test", "r" + QByteArray::number(index) + "@example.test"};
}

// 1 kB to about 256 kB of letters that depend on the index only.
inline QByteArray message(qint64 index)
{
    QRandomGenerator random(quint32(index) * 2654435761u + 1);
    const qsizetype words = 256 + qsizetype(random.bounded(64 * 1024));
    QByteArray body(words * qsizetype(sizeof(quint32)), Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(body.data()), words);
    for (char &c : body)
        c = char('A' + static_cast<unsigned char>(c) % 26);
    return "Message-ID: " + messageId(index) + "\r\nSubject: crash " + QByteArray::number(index) + "\r\n\r\n" + body;
}

} // namespace heron::test::crash
