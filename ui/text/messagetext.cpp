#include "messagetext.h"

#include "parametertable.h"
#include "scenarioeventrules.h"
#include "valuetext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <array>
#include <cerrno>
#include <string>

namespace pledgecheck {

namespace {

QString translatedTerm(std::string_view english)
{
    return translatedModelText("ModelMessage", english);
}

// The system's reasons a user meets when a file cannot be read or written that Qt leaves in the
// C library's English (qt_error_string() words ENOENT, EACCES, ENOSPC and EMFILE itself, from Qt's
// own catalogue); any other stays as the system gave it.
struct KnownReason {
    int error;
    const char *english;
};
constexpr std::array kKnownReasons{
    KnownReason{EDQUOT, QT_TRANSLATE_NOOP("SystemReason", "Disk quota exceeded")},
    KnownReason{EPERM, QT_TRANSLATE_NOOP("SystemReason", "Operation not permitted")},
    KnownReason{EROFS, QT_TRANSLATE_NOOP("SystemReason", "Read-only file system")},
    KnownReason{ENOTDIR, QT_TRANSLATE_NOOP("SystemReason", "Not a directory")},
    KnownReason{EISDIR, QT_TRANSLATE_NOOP("SystemReason", "Is a directory")},
    KnownReason{EIO, QT_TRANSLATE_NOOP("SystemReason", "Input/output error")},
};

QString systemReasonText(const messagearg::SystemReason &reason)
{
    for (const KnownReason &known : kKnownReasons) {
        // Only where the system said what the table says: another libc's or locale's words stay.
        if (known.error == reason.error && reason.text == known.english)
            return QCoreApplication::translate("SystemReason", known.english);
    }
    return QString::fromStdString(reason.text);
}

// Each argument in the window's words: what ModelMessage::text() writes for the command line.
struct WindowArg {
    QString operator()(const messagearg::Number &a) const { return numberText(a.value, 6); }
    QString operator()(const messagearg::Count &a) const { return QLocale().toString(a.value); }
    QString operator()(const messagearg::Month &a) const { return monthText(a.month.toIndex()); }
    QString operator()(const messagearg::Parameter &a) const { return labelText(descriptor(a.id)); }
    QString operator()(const messagearg::Value &a) const { return valueText(descriptor(a.id), a.value); }
    QString operator()(const messagearg::Range &a) const { return rangeText(descriptor(a.id)); }
    QString operator()(const messagearg::ChangeableParameters &) const
    {
        QStringList labels;
        for (const ParameterDescriptor &d : parameterTable()) {
            if (d.changesByEvent)
                labels << labelText(d);
        }
        return labels.join(QStringLiteral(", "));
    }
    QString operator()(const messagearg::Metric &a) const { return translatedTerm(eventrules::metricKey(a.metric)); }
    QString operator()(const messagearg::Nested &a) const { return a ? messageText(*a) : QString(); }
    QString operator()(const messagearg::Text &a) const { return QString::fromStdString(a.text); }
    QString operator()(const messagearg::Term &a) const { return a.english ? translatedTerm(a.english) : QString(); }
    QString operator()(const messagearg::SystemReason &a) const { return systemReasonText(a); }
};

} // namespace

QString messageArgText(const MessageArg &arg)
{
    return std::visit(WindowArg{}, arg);
}

QString messageText(const ModelMessage &message)
{
    const QString pattern = QCoreApplication::translate("ModelMessage", messageTemplate(message.id()));
    // Filled in one pass: a value that holds "%2" (a typed note) is not read as a placeholder.
    QString out;
    splitTemplate(
        pattern.toStdU16String(),
        [&](std::size_t from, std::size_t length) {
            out += pattern.mid(static_cast<qsizetype>(from), static_cast<qsizetype>(length));
        },
        [&](std::size_t index) {
            if (index < message.args().size())
                out += std::visit(WindowArg{}, message.args()[index]);
        });
    return out;
}

} // namespace pledgecheck
