#include "CliOutput.h"
#include "Commands.h"
#include "ObjectLister.h"
#include "Pkcs11Uri.h"
#include "SecureBuffer.h"
#include "Session.h"

#include <optional>

namespace hsm::cli {

int runObjects(const Arguments& args) {
    // The PIN is read before anything touches the module, so a bad source fails fast and cleanly.
    Result<std::optional<SecureBuffer>> pin = readPinOption(args);
    if (!pin) {
        writeError(pin.error());
        return ExitFailure;
    }
    Result<SelectedToken> selected = selectTokenOf(args);
    if (!selected) {
        writeError(selected.error());
        return ExitFailure;
    }
    const TokenInfo& token = *selected->slot.token;
    const bool loggedIn = pin->has_value();
    Result<Session> session = openSession(selected.value(), false, pin.value(), args.confirmedFinalTry);
    if (!session) {
        writeError(session.error());
        return ExitFailure;
    }

    Result<QList<ObjectSummary>> objects = listAllObjects(session.value(), token);
    if (!objects) {
        writeError(objects.error());
        return ExitFailure;
    }
    for (ObjectSummary& object : objects.value())
        if (object.uri.isEmpty())
            object.uri = uri::forObject(token, object);

    if (args.json)
        writeJson(objectsJson(objects.value()));
    else
        writeStdout(objectsTable(objects.value()));
    // Logging out is courtesy for modules that keep login state across processes; the session
    // closes either way.
    if (loggedIn)
        (void)session->logout();
    return ExitOk;
}

QList<CommandSpec> objectCommandSpecs() {
    return {
        {"objects",
         QT_TRANSLATE_NOOP("hsm::cli", "List a token's objects (public ones only without --pin)."),
         {options::module(), options::token(), options::pin(false), options::finalTry(), options::json()},
         &runObjects},
    };
}

} // namespace hsm::cli
