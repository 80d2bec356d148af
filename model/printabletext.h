#pragma once

#include <QString>
#include <QStringView>

namespace pledgecheck {

/// @p text as it may appear inside a one-line message: control characters (U+0000 to U+001F,
/// U+007F to U+009F) and the line and paragraph separators (U+2028, U+2029) written as escapes
/// (`\n`, `\r`, `\t`, otherwise `\u001b`), so that user input echoed in an error can neither break
/// the message over lines nor send a terminal its escape sequences. Past @p longest characters
/// the text is cut and ends with "…": an echo is there to be recognised, not to be read in full.
QString printableText(QStringView text, qsizetype longest = 100);

} // namespace pledgecheck
