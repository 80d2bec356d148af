#include "strictjsonproblem.h"

#include "printabletext.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <deque>
#include <utility>
#include <vector>

namespace pledgecheck {
namespace {

struct Key {
    QByteArrayView text; ///< UTF-8, escapes decoded
    qsizetype offset;    ///< of its opening quote
};

// One object or array that is open at the point of the scan.
struct Level {
    bool object = false;
    QByteArray segment;    ///< its place in its parent: a key, or [index]
    bool expectKey = true; ///< an object's next string is a key
    qsizetype index = 0;   ///< an array's current element
    QByteArrayView lastKey;
    std::vector<Key> keys; ///< an object's keys, to be checked for a repeat when it closes
};

struct Position {
    int line, column;
};

// Columns count characters, not bytes: a UTF-8 continuation byte does not start one.
Position positionOf(const QByteArray &text, qsizetype offset)
{
    Position p{1, 1};
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n')
            p = {p.line + 1, 1};
        else if ((byte & 0xC0) != 0x80)
            ++p.column;
    }
    return p;
}

messagearg::Nested place(const QByteArray &text, qsizetype offset)
{
    const Position p = positionOf(text, offset);
    return nested(ModelMessage(MessageId::LineColumn, {messagearg::Count{p.line}, messagearg::Count{p.column}}));
}

QByteArray pathOf(const std::vector<Level> &levels, QByteArrayView key)
{
    QByteArray path;
    for (const Level &level : levels) {
        if (!path.isEmpty() && !level.segment.startsWith('['))
            path += '.';
        path += level.segment;
    }
    if (!path.isEmpty())
        path += '.';
    path += key;
    return path;
}

// The repeated key of @p level that comes first in the text, if any.
const Key *firstRepeat(Level &level)
{
    std::stable_sort(level.keys.begin(), level.keys.end(),
                     [](const Key &a, const Key &b) { return a.text < b.text; });
    const Key *first = nullptr;
    for (std::size_t i = 1; i < level.keys.size(); ++i) {
        if (level.keys[i].text == level.keys[i - 1].text && (!first || level.keys[i].offset < first->offset))
            first = &level.keys[i];
    }
    return first;
}

ModelMessage controlCharacterProblem(const QByteArray &json, qsizetype offset)
{
    const auto c = static_cast<unsigned char>(json[offset]);
    QString escape = QStringLiteral("\\u%1").arg(c, 4, 16, QLatin1Char('0'));
    if (c == '\n')
        escape = QStringLiteral("\\n");
    else if (c == '\r')
        escape = QStringLiteral("\\r");
    else if (c == '\t')
        escape = QStringLiteral("\\t");
    return ModelMessage(MessageId::ControlCharacter, {verbatim(QStringLiteral("%1").arg(c, 4, 16, QLatin1Char('0')).toUpper()),
                                                      place(json, offset), verbatim(escape)});
}

} // namespace

std::optional<QString> strictJsonProblem(const QByteArray &json)
{
    if (const auto problem = strictJsonMessage(json))
        return QString::fromStdString(problem->text());
    return std::nullopt;
}

std::optional<ModelMessage> strictJsonMessage(const QByteArray &json)
{
    std::vector<Level> levels;
    std::deque<QByteArray> decodedKeys; // the few keys written with escapes, decoded; stable addresses
    bool inString = false, escaped = false, isKey = false, keyHasEscape = false;
    qsizetype stringStart = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = keyHasEscape = true;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                return controlCharacterProblem(json, i);
            } else if (c == '"') {
                inString = false;
                if (isKey) {
                    QByteArrayView key(json.constData() + stringStart + 1, i - stringStart - 1);
                    if (keyHasEscape) {
                        const QByteArray token = '[' + json.mid(stringStart, i - stringStart + 1) + ']';
                        decodedKeys.push_back(QJsonDocument::fromJson(token).array().first().toString().toUtf8());
                        key = decodedKeys.back();
                    }
                    levels.back().keys.push_back({key, stringStart});
                    levels.back().lastKey = key;
                    levels.back().expectKey = false;
                }
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            keyHasEscape = false;
            stringStart = i;
            isKey = !levels.empty() && levels.back().object && levels.back().expectKey;
            break;
        case '{':
        case '[': {
            QByteArray segment;
            if (!levels.empty())
                segment = levels.back().object ? levels.back().lastKey.toByteArray()
                                                : '[' + QByteArray::number(levels.back().index) + ']';
            Level level;
            level.object = c == '{';
            level.segment = segment;
            levels.push_back(std::move(level));
            break;
        }
        case '}':
        case ']':
            if (levels.empty())
                break;
            if (levels.back().object) {
                if (const Key *repeat = firstRepeat(levels.back())) {
                    const QByteArray path = pathOf(levels, repeat->text);
                    return ModelMessage(MessageId::DuplicateKey, {verbatim(printableText(QString::fromUtf8(path))),
                                                                  place(json, repeat->offset)});
                }
            }
            levels.pop_back();
            break;
        case ',':
            if (!levels.empty()) {
                if (levels.back().object)
                    levels.back().expectKey = true;
                else
                    ++levels.back().index;
            }
            break;
        default:
            break;
        }
    }
    return std::nullopt;
}

} // namespace pledgecheck
