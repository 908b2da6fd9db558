/* Fault-injection PKCS#11 module for tests: forwards every call to a real module (SoftHSM2 by
 * default) and, as told by a control file, fails chosen calls, slows them down, adds token flags
 * (to show a locked or final-try PIN, which SoftHSM2 never reports) or makes a token disappear.
 *
 * Environment:
 *   HSMWB_FAULT_TARGET   path of the real module (default: SoftHSM2)
 *   HSMWB_FAULT_CONTROL  path of the control file, re-read on every intercepted call, lines:
 *     fail=C_Login:0xa0          make C_Login return that CK_RV without forwarding
 *     delay=C_FindObjects:50     sleep that many milliseconds before forwarding
 *     token_flags_add=0x10000    OR these flags into every CK_TOKEN_INFO.flags
 *     hide_serial=SERIAL         the token with this serial is removed from its slot
 *     token_manufacturer=TEXT    CK_TOKEN_INFO.manufacturerID reads TEXT (blank-padded), to look like
 *     token_model=TEXT           another vendor's token (vendor profile selection)
 *     library_manufacturer=TEXT  CK_INFO.manufacturerID / libraryDescription read TEXT
 *     library_description=TEXT
 *     reject_attribute=0x108:0x12  C_GenerateKey / C_GenerateKeyPair fail with that CK_RV when any of
 *                                their templates holds that attribute type (a module refusing it)
 *     fail_create_class=0x1:0x5  C_CreateObject fails with that CK_RV when the template's CKA_CLASS is
 *                                that class (0x1 = CKO_CERTIFICATE), so an import can fail half way
 * fail= also works for C_GenerateKey, C_GenerateKeyPair, C_SetAttributeValue, C_DestroyObject and
 * C_CreateObject.
 */
#include <dlfcn.h>
#include <p11-kit/pkcs11.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_RULES 16

struct rule {
    char function[48];
    unsigned long value;
};

struct control {
    struct rule fails[MAX_RULES];
    int failCount;
    struct rule delays[MAX_RULES];
    int delayCount;
    CK_FLAGS tokenFlagsAdd;
    char hideSerial[17];
    char tokenManufacturer[33];
    char tokenModel[17];
    char libraryManufacturer[33];
    char libraryDescription[33];
    struct rule rejects[MAX_RULES]; /* function = attribute type in text, value = CK_RV */
    int rejectCount;
    struct rule createFails[MAX_RULES]; /* function = object class in text, value = CK_RV */
    int createFailCount;
};

static void setPadded(unsigned char* field, size_t size, const char* text);

static CK_FUNCTION_LIST* target;
static CK_FUNCTION_LIST shim;
static void* targetLibrary;

static void readControl(struct control* c) {
    memset(c, 0, sizeof *c);
    const char* path = getenv("HSMWB_FAULT_CONTROL");
    if (path == NULL)
        return;
    FILE* f = fopen(path, "r");
    if (f == NULL)
        return;
    char line[256];
    while (fgets(line, sizeof line, f) != NULL) {
        line[strcspn(line, "\r\n")] = 0;
        char* eq = strchr(line, '=');
        if (eq == NULL)
            continue;
        *eq = 0;
        const char* key = line;
        char* value = eq + 1;
        if (strcmp(key, "fail") == 0 || strcmp(key, "delay") == 0) {
            char* colon = strchr(value, ':');
            if (colon == NULL)
                continue;
            *colon = 0;
            int isFail = strcmp(key, "fail") == 0;
            struct rule* rules = isFail ? c->fails : c->delays;
            int* count = isFail ? &c->failCount : &c->delayCount;
            if (*count >= MAX_RULES)
                continue;
            snprintf(rules[*count].function, sizeof rules[*count].function, "%s", value);
            rules[*count].value = strtoul(colon + 1, NULL, 0);
            ++*count;
        } else if (strcmp(key, "token_flags_add") == 0) {
            c->tokenFlagsAdd = strtoul(value, NULL, 0);
        } else if (strcmp(key, "hide_serial") == 0) {
            snprintf(c->hideSerial, sizeof c->hideSerial, "%s", value);
        } else if (strcmp(key, "token_manufacturer") == 0) {
            snprintf(c->tokenManufacturer, sizeof c->tokenManufacturer, "%s", value);
        } else if (strcmp(key, "token_model") == 0) {
            snprintf(c->tokenModel, sizeof c->tokenModel, "%s", value);
        } else if (strcmp(key, "library_manufacturer") == 0) {
            snprintf(c->libraryManufacturer, sizeof c->libraryManufacturer, "%s", value);
        } else if (strcmp(key, "library_description") == 0) {
            snprintf(c->libraryDescription, sizeof c->libraryDescription, "%s", value);
        } else if (strcmp(key, "fail_create_class") == 0 && c->createFailCount < MAX_RULES) {
            char* colon = strchr(value, ':');
            if (colon == NULL)
                continue;
            *colon = 0;
            struct rule* r = &c->createFails[c->createFailCount++];
            snprintf(r->function, sizeof r->function, "%s", value);
            r->value = strtoul(colon + 1, NULL, 0);
        } else if (strcmp(key, "reject_attribute") == 0 && c->rejectCount < MAX_RULES) {
            char* colon = strchr(value, ':');
            if (colon == NULL)
                continue;
            *colon = 0;
            snprintf(c->rejects[c->rejectCount].function, sizeof c->rejects[c->rejectCount].function, "%s",
                     value);
            c->rejects[c->rejectCount].value = strtoul(colon + 1, NULL, 0);
            ++c->rejectCount;
        }
    }
    fclose(f);
}

/* Returns the CK_RV to fail with, or CKR_OK to forward; applies any delay first. */
static CK_RV intercept(const char* function, struct control* c) {
    readControl(c);
    for (int i = 0; i < c->delayCount; ++i) {
        if (strcmp(c->delays[i].function, function) == 0) {
            struct timespec ts = {(time_t)(c->delays[i].value / 1000),
                                  (long)(c->delays[i].value % 1000) * 1000000L};
            nanosleep(&ts, NULL);
        }
    }
    for (int i = 0; i < c->failCount; ++i)
        if (strcmp(c->fails[i].function, function) == 0)
            return (CK_RV)c->fails[i].value;
    return CKR_OK;
}

/* True when the slot holds the token the control file says is removed. */
static int slotHidden(CK_SLOT_ID slot, const struct control* c) {
    if (c->hideSerial[0] == 0)
        return 0;
    CK_TOKEN_INFO info;
    if (target->C_GetTokenInfo(slot, &info) != CKR_OK)
        return 0;
    char serial[17];
    memcpy(serial, info.serialNumber, 16);
    serial[16] = 0;
    for (int i = 15; i >= 0 && serial[i] == ' '; --i)
        serial[i] = 0;
    return strcmp(serial, c->hideSerial) == 0;
}

static int sessionHidden(CK_SESSION_HANDLE session, const struct control* c) {
    if (c->hideSerial[0] == 0)
        return 0;
    CK_SESSION_INFO info;
    if (target->C_GetSessionInfo(session, &info) != CKR_OK)
        return 0;
    return slotHidden(info.slotID, c);
}

static CK_RV shimInitialize(CK_VOID_PTR args) {
    struct control c;
    CK_RV rv = intercept("C_Initialize", &c);
    if (rv != CKR_OK)
        return rv;
    return target->C_Initialize(args);
}

static CK_RV shimGetSlotList(CK_BBOOL present, CK_SLOT_ID_PTR list, CK_ULONG_PTR count) {
    struct control c;
    CK_RV rv = intercept("C_GetSlotList", &c);
    if (rv != CKR_OK)
        return rv;
    if (!present || c.hideSerial[0] == 0)
        return target->C_GetSlotList(present, list, count);
    CK_ULONG n = 0;
    rv = target->C_GetSlotList(present, NULL, &n);
    if (rv != CKR_OK)
        return rv;
    CK_SLOT_ID* all = calloc(n ? n : 1, sizeof *all);
    if (all == NULL)
        return CKR_HOST_MEMORY;
    rv = target->C_GetSlotList(present, all, &n);
    CK_ULONG kept = 0;
    if (rv == CKR_OK) {
        for (CK_ULONG i = 0; i < n; ++i)
            if (!slotHidden(all[i], &c))
                all[kept++] = all[i];
        if (list != NULL && *count < kept)
            rv = CKR_BUFFER_TOO_SMALL;
        else if (list != NULL)
            memcpy(list, all, kept * sizeof *all);
        *count = kept;
    }
    free(all);
    return rv;
}

static CK_RV shimGetSlotInfo(CK_SLOT_ID slot, CK_SLOT_INFO_PTR info) {
    struct control c;
    CK_RV rv = intercept("C_GetSlotInfo", &c);
    if (rv != CKR_OK)
        return rv;
    int hidden = slotHidden(slot, &c);
    rv = target->C_GetSlotInfo(slot, info);
    if (rv == CKR_OK && hidden)
        info->flags &= ~CKF_TOKEN_PRESENT;
    return rv;
}

static CK_RV shimGetTokenInfo(CK_SLOT_ID slot, CK_TOKEN_INFO_PTR info) {
    struct control c;
    CK_RV rv = intercept("C_GetTokenInfo", &c);
    if (rv != CKR_OK)
        return rv;
    if (slotHidden(slot, &c))
        return CKR_TOKEN_NOT_PRESENT;
    rv = target->C_GetTokenInfo(slot, info);
    if (rv == CKR_OK) {
        info->flags |= c.tokenFlagsAdd;
        if (c.tokenManufacturer[0] != 0)
            setPadded(info->manufacturerID, sizeof info->manufacturerID, c.tokenManufacturer);
        if (c.tokenModel[0] != 0)
            setPadded(info->model, sizeof info->model, c.tokenModel);
    }
    return rv;
}

/* Copies TEXT into a blank-padded PKCS#11 text field of `size` bytes. */
static void setPadded(unsigned char* field, size_t size, const char* text) {
    size_t n = strlen(text);
    if (n > size)
        n = size;
    memset(field, ' ', size);
    memcpy(field, text, n);
}

static CK_RV shimGetInfo(CK_INFO_PTR info) {
    struct control c;
    CK_RV rv = intercept("C_GetInfo", &c);
    if (rv != CKR_OK)
        return rv;
    rv = target->C_GetInfo(info);
    if (rv == CKR_OK && c.libraryManufacturer[0] != 0)
        setPadded(info->manufacturerID, sizeof info->manufacturerID, c.libraryManufacturer);
    if (rv == CKR_OK && c.libraryDescription[0] != 0)
        setPadded(info->libraryDescription, sizeof info->libraryDescription, c.libraryDescription);
    return rv;
}

/* The CK_RV of a reject_attribute rule matching an attribute of the template, else CKR_OK. */
static CK_RV rejected(const struct control* c, const CK_ATTRIBUTE* templ, CK_ULONG count) {
    for (int i = 0; i < c->rejectCount; ++i) {
        CK_ATTRIBUTE_TYPE type = strtoul(c->rejects[i].function, NULL, 0);
        for (CK_ULONG j = 0; templ != NULL && j < count; ++j)
            if (templ[j].type == type)
                return (CK_RV)c->rejects[i].value;
    }
    return CKR_OK;
}

static CK_RV shimGenerateKey(CK_SESSION_HANDLE session, CK_MECHANISM_PTR mechanism, CK_ATTRIBUTE_PTR templ,
                             CK_ULONG count, CK_OBJECT_HANDLE_PTR key) {
    struct control c;
    CK_RV rv = intercept("C_GenerateKey", &c);
    if (rv == CKR_OK)
        rv = rejected(&c, templ, count);
    if (rv != CKR_OK)
        return rv;
    return target->C_GenerateKey(session, mechanism, templ, count, key);
}

static CK_RV shimGenerateKeyPair(CK_SESSION_HANDLE session, CK_MECHANISM_PTR mechanism,
                                 CK_ATTRIBUTE_PTR pubTempl, CK_ULONG pubCount, CK_ATTRIBUTE_PTR privTempl,
                                 CK_ULONG privCount, CK_OBJECT_HANDLE_PTR pub, CK_OBJECT_HANDLE_PTR priv) {
    struct control c;
    CK_RV rv = intercept("C_GenerateKeyPair", &c);
    if (rv == CKR_OK)
        rv = rejected(&c, pubTempl, pubCount);
    if (rv == CKR_OK)
        rv = rejected(&c, privTempl, privCount);
    if (rv != CKR_OK)
        return rv;
    return target->C_GenerateKeyPair(session, mechanism, pubTempl, pubCount, privTempl, privCount, pub, priv);
}

static CK_RV shimSetAttributeValue(CK_SESSION_HANDLE session, CK_OBJECT_HANDLE object, CK_ATTRIBUTE_PTR templ,
                                   CK_ULONG count) {
    struct control c;
    CK_RV rv = intercept("C_SetAttributeValue", &c);
    if (rv != CKR_OK)
        return rv;
    return target->C_SetAttributeValue(session, object, templ, count);
}

static CK_RV shimDestroyObject(CK_SESSION_HANDLE session, CK_OBJECT_HANDLE object) {
    struct control c;
    CK_RV rv = intercept("C_DestroyObject", &c);
    if (rv != CKR_OK)
        return rv;
    return target->C_DestroyObject(session, object);
}

static CK_RV shimCreateObject(CK_SESSION_HANDLE session, CK_ATTRIBUTE_PTR templ, CK_ULONG count,
                              CK_OBJECT_HANDLE_PTR object) {
    struct control c;
    CK_RV rv = intercept("C_CreateObject", &c);
    if (rv != CKR_OK)
        return rv;
    for (CK_ULONG j = 0; templ != NULL && j < count; ++j) {
        if (templ[j].type != CKA_CLASS || templ[j].pValue == NULL ||
            templ[j].ulValueLen != sizeof(CK_OBJECT_CLASS))
            continue;
        const CK_OBJECT_CLASS objectClass = *(const CK_OBJECT_CLASS*)templ[j].pValue;
        for (int i = 0; i < c.createFailCount; ++i)
            if (strtoul(c.createFails[i].function, NULL, 0) == objectClass)
                return (CK_RV)c.createFails[i].value;
    }
    return target->C_CreateObject(session, templ, count, object);
}

static CK_RV shimOpenSession(CK_SLOT_ID slot, CK_FLAGS flags, CK_VOID_PTR app, CK_NOTIFY notify,
                             CK_SESSION_HANDLE_PTR session) {
    struct control c;
    CK_RV rv = intercept("C_OpenSession", &c);
    if (rv != CKR_OK)
        return rv;
    if (slotHidden(slot, &c))
        return CKR_TOKEN_NOT_PRESENT;
    return target->C_OpenSession(slot, flags, app, notify, session);
}

static CK_RV shimLogin(CK_SESSION_HANDLE session, CK_USER_TYPE user, CK_UTF8CHAR_PTR pin, CK_ULONG len) {
    struct control c;
    CK_RV rv = intercept("C_Login", &c);
    if (rv != CKR_OK)
        return rv;
    if (sessionHidden(session, &c))
        return CKR_DEVICE_REMOVED;
    return target->C_Login(session, user, pin, len);
}

static CK_RV shimFindObjectsInit(CK_SESSION_HANDLE session, CK_ATTRIBUTE_PTR templ, CK_ULONG count) {
    struct control c;
    CK_RV rv = intercept("C_FindObjectsInit", &c);
    if (rv != CKR_OK)
        return rv;
    if (sessionHidden(session, &c))
        return CKR_DEVICE_REMOVED;
    return target->C_FindObjectsInit(session, templ, count);
}

static CK_RV shimFindObjects(CK_SESSION_HANDLE session, CK_OBJECT_HANDLE_PTR objects, CK_ULONG max,
                             CK_ULONG_PTR count) {
    struct control c;
    CK_RV rv = intercept("C_FindObjects", &c);
    if (rv != CKR_OK)
        return rv;
    return target->C_FindObjects(session, objects, max, count);
}

static CK_RV shimGetAttributeValue(CK_SESSION_HANDLE session, CK_OBJECT_HANDLE object, CK_ATTRIBUTE_PTR templ,
                                   CK_ULONG count) {
    struct control c;
    CK_RV rv = intercept("C_GetAttributeValue", &c);
    if (rv != CKR_OK)
        return rv;
    return target->C_GetAttributeValue(session, object, templ, count);
}

static CK_RV shimGetMechanismList(CK_SLOT_ID slot, CK_MECHANISM_TYPE_PTR list, CK_ULONG_PTR count) {
    struct control c;
    CK_RV rv = intercept("C_GetMechanismList", &c);
    if (rv != CKR_OK)
        return rv;
    if (slotHidden(slot, &c))
        return CKR_TOKEN_NOT_PRESENT;
    return target->C_GetMechanismList(slot, list, count);
}

CK_RV C_GetFunctionList(CK_FUNCTION_LIST_PTR_PTR list) {
    if (list == NULL)
        return CKR_ARGUMENTS_BAD;
    if (target == NULL) {
        const char* path = getenv("HSMWB_FAULT_TARGET");
        if (path == NULL)
            path = "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so";
        targetLibrary = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
        if (targetLibrary == NULL)
            return CKR_GENERAL_ERROR;
        CK_C_GetFunctionList get = (CK_C_GetFunctionList)dlsym(targetLibrary, "C_GetFunctionList");
        if (get == NULL || get(&target) != CKR_OK || target == NULL)
            return CKR_GENERAL_ERROR;
        shim = *target;
        shim.C_Initialize = shimInitialize;
        shim.C_GetSlotList = shimGetSlotList;
        shim.C_GetSlotInfo = shimGetSlotInfo;
        shim.C_GetTokenInfo = shimGetTokenInfo;
        shim.C_OpenSession = shimOpenSession;
        shim.C_Login = shimLogin;
        shim.C_FindObjectsInit = shimFindObjectsInit;
        shim.C_FindObjects = shimFindObjects;
        shim.C_GetAttributeValue = shimGetAttributeValue;
        shim.C_GetMechanismList = shimGetMechanismList;
        shim.C_GetInfo = shimGetInfo;
        shim.C_GenerateKey = shimGenerateKey;
        shim.C_GenerateKeyPair = shimGenerateKeyPair;
        shim.C_SetAttributeValue = shimSetAttributeValue;
        shim.C_DestroyObject = shimDestroyObject;
        shim.C_CreateObject = shimCreateObject;
    }
    *list = &shim;
    return CKR_OK;
}
