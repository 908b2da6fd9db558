#include "SoftcardGenericProvider.h"

#include "Module.h"
#include "TokenAdmin.h"

#include <QCoreApplication>

namespace hsm {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("hsm::GenericSoftcardProvider", text);
}
} // namespace

Softcard softcardFromSlot(const SlotInfo& slot) {
    Softcard card;
    const TokenInfo& token = *slot.token;
    card.id = token.serial;
    card.serial = token.serial;
    card.name = token.label;
    card.slot = slot.id;
    if (!token.has(CKF_USER_PIN_INITIALIZED))
        card.state = QCoreApplication::translate("hsm::GenericSoftcardProvider", "user PIN not set");
    else if (token.has(CKF_USER_PIN_LOCKED))
        card.state = QCoreApplication::translate("hsm::GenericSoftcardProvider", "user PIN locked");
    else
        card.state = QCoreApplication::translate("hsm::GenericSoftcardProvider", "ready");
    return card;
}

GenericSoftcardProvider::GenericSoftcardProvider(std::shared_ptr<Module> module)
    : m_module(std::move(module)) {}

QString GenericSoftcardProvider::location() const {
    return m_module ? tr("Module %1 (%2)").arg(m_module->info().name, m_module->info().path)
                    : tr("No module");
}

SoftcardResult<void> GenericSoftcardProvider::requireModule(const QString& call) const {
    if (m_module)
        return {};
    return {Error::other(call, tr("no module is selected"),
                         tr("select or load the module the softcards live in.")),
            SoftcardProblem::InvalidInput};
}

SoftcardResult<QList<Softcard>> GenericSoftcardProvider::list() {
    if (auto ok = requireModule(QStringLiteral("C_GetSlotList")); !ok)
        return {ok.error(), ok.problem()};
    Result<QList<SlotInfo>> slotInfos = m_module->slotList();
    if (!slotInfos)
        return slotInfos.error();
    QList<Softcard> cards;
    for (const SlotInfo& slot : *slotInfos)
        if (slot.tokenPresent() && slot.token && slot.token->has(CKF_TOKEN_INITIALIZED))
            cards << softcardFromSlot(slot);
    return cards;
}

SoftcardResult<Softcard> GenericSoftcardProvider::create(const SoftcardCreateRequest& request) {
    const QString call = QStringLiteral("C_InitToken");
    if (auto ok = requireModule(call); !ok)
        return {ok.error(), ok.problem()};
    if (request.soPin == nullptr || request.pin == nullptr)
        return {
            Error::other(call, tr("a token softcard needs an SO PIN and a user PIN"), tr("enter both PINs.")),
            SoftcardProblem::InvalidInput};
    if (Result<void> label = tokenadmin::checkLabel(request.name); !label)
        return {label.error(), SoftcardProblem::InvalidInput};
    if (SoftcardResult<void> before = checkBeforeCreate(); !before)
        return {before.error(), before.problem()};

    Result<QList<SlotInfo>> slotInfos = m_module->slotList();
    if (!slotInfos)
        return slotInfos.error();
    const std::optional<SlotInfo> free = firstFreeSlot(*slotInfos);
    if (!free)
        return {
            Error::other(call, tr("the module %1 has no uninitialised slot").arg(m_module->info().name),
                         tr("a module offers a new free slot on its own terms (SoftHSM2: when it is "
                            "loaded again); re-initialise an existing token from the Token menu instead.")),
            SoftcardProblem::NoFreeSlot};
    // Limits come from the free slot's token info; a refused PIN never reaches the module.
    const TokenInfo& token = *free->token;
    if (Result<void> so = tokenadmin::checkPinLength(token, *request.soPin, tr("SO PIN")); !so)
        return {so.error(), SoftcardProblem::InvalidInput};
    if (Result<void> user = tokenadmin::checkPinLength(token, *request.pin, tr("user PIN")); !user)
        return {user.error(), SoftcardProblem::InvalidInput};

    if (Result<void> init =
            tokenadmin::initToken(*m_module, m_module, free->id, request.name, request.soPin, request.pin);
        !init)
        return init.error();

    Result<SlotInfo> after = m_module->slotInfo(free->id);
    if (!after)
        return after.error();
    if (!after->token)
        return Error::other(QStringLiteral("C_GetTokenInfo"),
                            tr("the new token in slot %1 could not be read").arg(free->id));
    return softcardFromSlot(*after);
}

SoftcardResult<void> GenericSoftcardProvider::remove(const Softcard& softcard) {
    return {Error::other(QStringLiteral("delete"),
                         tr("PKCS#11 has no call to delete the token “%1”").arg(softcard.name),
                         tr("re-initialise the token from the Token menu to empty it, or use the vendor's "
                            "tool to remove it.")),
            SoftcardProblem::NotSupported};
}

} // namespace hsm
