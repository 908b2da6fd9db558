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
    std::optional<SecureBuffer> pin;
    if (args.pin) {
        Result<SecureBuffer> read = args.pin->read();
        if (!read) {
            writeError(read.error());
            return ExitFailure;
        }
        pin.emplace(std::move(read).value());
    }

    Result<SelectedToken> selected = selectTokenOf(args);
    if (!selected) {
        writeError(selected.error());
        return ExitFailure;
    }
    const TokenInfo& token = *selected->slot.token;

    Result<Session> session = Session::open(selected->module, selected->slot.id, false);
    if (!session) {
        writeError(session.error());
        return ExitFailure;
    }
    if (pin) {
        Result<void> login = session->login(CKU_USER, &*pin, args.confirmedFinalTry);
        pin->clear();
        if (!login) {
            writeError(login.error());
            return ExitFailure;
        }
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
    if (pin)
        (void)session->logout();
    return ExitOk;
}

} // namespace hsm::cli
