"""Microsoft's Python clients (MSAL, azure-identity, the management SDKs) against the simulator, unmodified."""

import datetime
import json
import threading
import time
import urllib.parse
import uuid
import webbrowser

import msal
import pytest
import requests
from azure.core.exceptions import ClientAuthenticationError, HttpResponseError, ResourceNotFoundError
from azure.identity import ClientSecretCredential, DeviceCodeCredential, InteractiveBrowserCredential
from azure.mgmt.authorization import AuthorizationManagementClient
from azure.mgmt.authorization.models import RoleAssignmentCreateParameters
from azure.mgmt.managementpartner import ACEProvisioningManagementPartnerAPI
from azure.mgmt.resource.subscriptions import SubscriptionClient

from conftest import (
    ALEX_IN_FABRIKAM,
    ARM_SCOPE,
    AUTOMATION_CLIENT_ID,
    AUTOMATION_SECRET,
    AUTOMATION_SP_FABRIKAM,
    CLIENT_ID,
    CUSTOMER_ADMIN,
    ADATUM,
    FABRIKAM,
    FABRIKAM_SUB,
    HOME,
    HOME_SUB,
    PARTNER_USER,
    PASSWORD,
)

READER = "acdd72a7-3385-48ef-bd42-f606fba81ae7"


def device_credential(sim, admin, username, tenant, prompts):
    """A DeviceCodeCredential whose "user" signs in through the admin API when the code is shown."""

    def prompt(verification_uri, user_code, expires_on):
        assert verification_uri == sim["login"] + "/devicelogin"
        prompts.append(user_code)
        admin.post("/_sim/device/approve", {"user_code": user_code, "username": username, "password": PASSWORD})

    return DeviceCodeCredential(
        client_id=CLIENT_ID,
        tenant_id=tenant,
        authority=sim["login"],
        disable_instance_discovery=True,
        additionally_allowed_tenants=["*"],
        prompt_callback=prompt,
    )


def claims(token):
    return json.loads(msal.oauth2cli.oidc.decode_part(token.split(".")[1]))


def test_msal_device_code_then_silent_token_in_second_directory(sim, admin):
    app = msal.PublicClientApplication(CLIENT_ID, authority=f"{sim['login']}/{HOME}", instance_discovery=False)
    flow = app.initiate_device_flow(scopes=[ARM_SCOPE])
    assert "user_code" in flow, flow
    assert flow["user_code"] in flow["message"]
    assert isinstance(flow["interval"], int) and isinstance(flow["expires_in"], int)
    admin.post("/_sim/device/approve", {"user_code": flow["user_code"], "username": PARTNER_USER, "password": PASSWORD})
    result = app.acquire_token_by_device_flow(flow)
    assert "access_token" in result, result
    assert result["id_token_claims"]["tid"] == HOME
    assert result["id_token_claims"]["preferred_username"] == PARTNER_USER
    assert claims(result["access_token"])["aud"] == "https://management.azure.com"

    # A second application object for Fabrikam's authority shares the cache: the refresh token from the home
    # sign-in is redeemed at Fabrikam's authority, with no second device code.
    fabrikam = msal.PublicClientApplication(
        CLIENT_ID, authority=f"{sim['login']}/{FABRIKAM}", instance_discovery=False, token_cache=app.token_cache
    )
    accounts = fabrikam.get_accounts(username=PARTNER_USER)
    assert len(accounts) == 1
    silent = fabrikam.acquire_token_silent([ARM_SCOPE], account=accounts[0])
    assert silent and "access_token" in silent, silent
    c = claims(silent["access_token"])
    assert c["tid"] == FABRIKAM and c["oid"] == ALEX_IN_FABRIKAM

    subs = requests.get(
        f"{sim['resourceManager']}/subscriptions?api-version=2022-12-01",
        headers={"Authorization": "Bearer " + silent["access_token"]},
        timeout=10,
    ).json()
    assert [s["subscriptionId"] for s in subs["value"]] == [FABRIKAM_SUB]


def test_azure_identity_device_code_then_silent_in_second_directory(sim, admin):
    prompts = []
    cred = device_credential(sim, admin, PARTNER_USER, HOME, prompts)
    home = cred.get_token(ARM_SCOPE)
    assert claims(home.token)["tid"] == HOME
    other = cred.get_token(ARM_SCOPE, tenant_id=FABRIKAM)
    assert claims(other.token)["tid"] == FABRIKAM
    assert len(prompts) == 1, "the second directory's token must come silently from the refresh token"


def test_mfa_directory_refuses_silent_token_with_50076_and_claims(sim, admin):
    app = msal.PublicClientApplication(CLIENT_ID, authority=f"{sim['login']}/{HOME}", instance_discovery=False)
    flow = app.initiate_device_flow(scopes=[ARM_SCOPE])
    admin.post("/_sim/device/approve", {"user_code": flow["user_code"], "username": PARTNER_USER, "password": PASSWORD})
    assert "access_token" in app.acquire_token_by_device_flow(flow)
    adatum = msal.PublicClientApplication(
        CLIENT_ID, authority=f"{sim['login']}/{ADATUM}", instance_discovery=False, token_cache=app.token_cache
    )
    account = adatum.get_accounts(username=PARTNER_USER)[0]
    result = adatum.acquire_token_silent_with_error([ARM_SCOPE], account=account)
    assert result and result.get("error_codes") == [50076], result
    assert result["suberror"] == "basic_action"
    assert "capolids" in json.loads(result["claims"])["access_token"]


def test_client_credentials_and_wrong_secret(sim, admin):
    cred = ClientSecretCredential(HOME, AUTOMATION_CLIENT_ID, AUTOMATION_SECRET, authority=sim["login"], disable_instance_discovery=True)
    client = SubscriptionClient(cred, base_url=sim["resourceManager"])
    subs = list(client.subscriptions.list())
    assert [s.subscription_id for s in subs] == [HOME_SUB]
    assert subs[0].subscription_policies.quota_id == "MPN_2014-09-01"

    bad = ClientSecretCredential(HOME, AUTOMATION_CLIENT_ID, "wrong", authority=sim["login"], disable_instance_discovery=True)
    with pytest.raises(ClientAuthenticationError) as e:
        bad.get_token(ARM_SCOPE)
    assert "AADSTS7000215" in str(e.value)


def test_partner_link_create_get_update_list_delete(sim, admin):
    cred = ClientSecretCredential(FABRIKAM, AUTOMATION_CLIENT_ID, AUTOMATION_SECRET, authority=sim["login"], disable_instance_discovery=True)
    pal = ACEProvisioningManagementPartnerAPI(cred, base_url=sim["resourceManager"])

    created = pal.partner.create("1234567")
    assert created.partner_id == "1234567"
    assert created.partner_name == "Contoso Partner Ltd"
    assert created.tenant_id == FABRIKAM
    assert created.object_id == AUTOMATION_SP_FABRIKAM
    assert created.state == "Active"
    assert created.version == 1 and created.etag == 1
    assert created.type == "Microsoft.ManagementPartner/partners"
    # The SDK turns the timestamps into datetimes; a string it cannot parse would stay a string or raise.
    assert isinstance(created.created_time, datetime.datetime)
    assert isinstance(created.updated_time, datetime.datetime)

    got = pal.partner.get("1234567")
    assert got.partner_id == "1234567" and got.version == 1

    updated = pal.partner.update("2345678")
    assert updated.partner_id == "2345678" and updated.partner_name == "Trey Research"
    assert updated.version == 2 and updated.etag == 2
    assert updated.object_id == AUTOMATION_SP_FABRIKAM and updated.state == "Active"
    assert updated.updated_time >= created.updated_time

    current = pal.partners.get()
    assert current.partner_id == "2345678"

    ops = list(pal.operation.list())
    assert any(o.name == "Microsoft.ManagementPartner/partners/write" for o in ops)

    assert pal.partner.delete("2345678") is None
    with pytest.raises(ResourceNotFoundError):
        pal.partners.get()
    links = admin.get("/_sim/links")["value"]
    mine = [l for l in links if l["objectId"] == AUTOMATION_SP_FABRIKAM]
    assert mine and mine[0]["state"] == "Deleted" and mine[0]["version"] == 3

    with pytest.raises(HttpResponseError) as e:
        pal.partner.create("99")
    assert e.value.status_code == 400


def test_directories_and_subscriptions_listed(sim, admin):
    cred = device_credential(sim, admin, PARTNER_USER, HOME, [])
    client = SubscriptionClient(cred, base_url=sim["resourceManager"])
    tenants = {t.tenant_id: t for t in client.tenants.list()}
    assert len(tenants) == 10  # home and nine guest directories (Tailspin is reached only through CSP)
    assert tenants[FABRIKAM].display_name == "Fabrikam"
    assert tenants[FABRIKAM].default_domain == "fabrikam.onmicrosoft.com"
    subs = list(client.subscriptions.list())
    assert [s.subscription_id for s in subs] == [HOME_SUB]
    one = client.subscriptions.get(HOME_SUB)
    assert one.display_name == "Contoso Partner - partner benefits"
    # A token for the home directory cannot read a subscription of another directory.
    with pytest.raises(HttpResponseError) as e:
        client.subscriptions.get(FABRIKAM_SUB)
    assert e.value.status_code == 401


def test_role_assignments_created_and_listed(sim, admin):
    cred = device_credential(sim, admin, CUSTOMER_ADMIN, FABRIKAM, [])
    client = AuthorizationManagementClient(cred, FABRIKAM_SUB, base_url=sim["resourceManager"])
    scope = f"/subscriptions/{FABRIKAM_SUB}"
    name = str(uuid.uuid4())
    created = client.role_assignments.create(
        scope,
        name,
        RoleAssignmentCreateParameters(
            role_definition_id=f"{scope}/providers/Microsoft.Authorization/roleDefinitions/{READER}",
            principal_id=ALEX_IN_FABRIKAM,
            principal_type="User",
        ),
    )
    assert created.name == name and created.principal_id == ALEX_IN_FABRIKAM
    listed = list(client.role_assignments.list_for_scope(scope, filter=f"assignedTo('{ALEX_IN_FABRIKAM}')"))
    assert {a.role_definition_id.rsplit("/", 1)[1] for a in listed} >= {READER, "8e3af657-a8ff-443c-a75c-2fe8c4bcb635"}
    role = client.role_definitions.get(scope, READER)
    assert role.role_name == "Reader"
    server = admin.get("/_sim/role-assignments")["value"]
    assert any(a["name"] == name and a["roleDefinitionId"] == READER for a in server)

    # The automation principal is only Contributor there: Azure refuses it the write.
    sp = ClientSecretCredential(FABRIKAM, AUTOMATION_CLIENT_ID, AUTOMATION_SECRET, authority=sim["login"], disable_instance_discovery=True)
    sp_client = AuthorizationManagementClient(sp, FABRIKAM_SUB, base_url=sim["resourceManager"])
    with pytest.raises(HttpResponseError) as e:
        sp_client.role_assignments.create(
            scope,
            str(uuid.uuid4()),
            RoleAssignmentCreateParameters(
                role_definition_id=f"{scope}/providers/Microsoft.Authorization/roleDefinitions/{READER}",
                principal_id=AUTOMATION_SP_FABRIKAM,
            ),
        )
    assert e.value.status_code == 403 and e.value.error.code == "AuthorizationFailed"


def test_injected_429_is_retried(sim, admin):
    cred = ClientSecretCredential(HOME, AUTOMATION_CLIENT_ID, AUTOMATION_SECRET, authority=sim["login"], disable_instance_discovery=True)
    client = SubscriptionClient(cred, base_url=sim["resourceManager"])
    cred.get_token(ARM_SCOPE)
    requests.delete(sim["admin"] + "/_sim/requests", timeout=10).raise_for_status()
    admin.post("/_sim/faults", {"kind": "status", "status": 429, "retry_after": 1, "service": "arm", "path_contains": "/subscriptions", "times": 1})
    started = time.monotonic()
    subs = list(client.subscriptions.list())
    assert [s.subscription_id for s in subs] == [HOME_SUB]
    log = [r for r in admin.get("/_sim/requests")["value"] if r["service"] == "arm" and r["path"] == "/subscriptions"]
    assert [r["status"] for r in log] == [429, 200]
    # azure-core waited the Retry-After second before retrying, rather than retrying at once.
    assert time.monotonic() - started >= 1.0


@pytest.mark.filterwarnings("ignore:response_mode")
def test_msal_auth_code_flow_with_pkce_through_the_sign_in_page(sim, admin):
    """MSAL builds the authorize URL (PKCE, state, nonce); the simulated user signs in; MSAL checks the answer."""
    app = msal.PublicClientApplication(CLIENT_ID, authority=f"{sim['login']}/{HOME}", instance_discovery=False)
    flow = app.initiate_auth_code_flow([ARM_SCOPE], redirect_uri="http://localhost:8400", login_hint=PARTNER_USER)
    assert "code_challenge" in flow["auth_uri"]
    signed_in = admin.post("/_sim/sign-in", {"authorize_url": flow["auth_uri"], "username": PARTNER_USER, "password": PASSWORD})
    redirect = signed_in["redirect"]
    assert redirect.startswith("http://localhost:8400")
    auth_response = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(redirect).query))
    result = app.acquire_token_by_auth_code_flow(flow, auth_response)
    assert "access_token" in result, result
    assert result["id_token_claims"]["oid"] == "cccccccc-0000-4000-8000-000000000001"
    assert app.get_accounts(username=PARTNER_USER)

    # The same page refuses a wrong password with AADSTS50126.
    flow = app.initiate_auth_code_flow([ARM_SCOPE], redirect_uri="http://localhost:8400")
    r = requests.post(
        sim["admin"] + "/_sim/sign-in",
        json={"authorize_url": flow["auth_uri"], "username": PARTNER_USER, "password": "wrong"},
        timeout=10,
    )
    assert r.status_code == 400 and r.json()["error_codes"] == [50126]


def test_continuous_access_evaluation_claims_challenge_is_answered_by_azure_core(sim, admin):
    cred = ClientSecretCredential(HOME, AUTOMATION_CLIENT_ID, AUTOMATION_SECRET, authority=sim["login"], disable_instance_discovery=True)
    client = SubscriptionClient(cred, base_url=sim["resourceManager"])
    assert [s.subscription_id for s in client.subscriptions.list()] == [HOME_SUB]
    requests.delete(sim["admin"] + "/_sim/requests", timeout=10).raise_for_status()
    admin.post("/_sim/claims-challenge", {"tenant": HOME})
    assert [s.subscription_id for s in client.subscriptions.list()] == [HOME_SUB]
    log = [(r["service"], r["status"]) for r in admin.get("/_sim/requests")["value"] if r["service"] != "admin"]
    assert log == [("arm", 401), ("login", 200), ("arm", 200)], log


class SimulatedPerson(webbrowser.BaseBrowser):
    """A "system browser" in which a person signs in on the simulator's page, then follows the redirect."""

    def __init__(self, admin, username):
        super().__init__("simulated-person")
        self.admin, self.username, self.opened = admin, username, []

    def open(self, url, new=0, autoraise=True):
        self.opened.append(url)

        def sign_in():
            redirect = self.admin.post("/_sim/sign-in", {"authorize_url": url, "username": self.username, "password": PASSWORD})["redirect"]
            requests.get(redirect, timeout=10)  # the app's loopback listener receives the code

        threading.Thread(target=sign_in, daemon=True).start()
        return True


def test_interactive_browser_credential_over_the_loopback_redirect(sim, admin):
    person = SimulatedPerson(admin, PARTNER_USER)
    webbrowser.register("simulated-person", None, person, preferred=True)
    cred = InteractiveBrowserCredential(
        tenant_id=HOME,
        client_id=CLIENT_ID,
        authority=sim["login"],
        disable_instance_discovery=True,
        additionally_allowed_tenants=["*"],
        timeout=30,
    )
    token = cred.get_token(ARM_SCOPE)
    assert claims(token.token)["oid"] == "cccccccc-0000-4000-8000-000000000001"
    assert len(person.opened) == 1
    auth_uri = urllib.parse.urlsplit(person.opened[0])
    query = dict(urllib.parse.parse_qsl(auth_uri.query))
    assert query["code_challenge_method"] == "S256" and query["redirect_uri"].startswith("http://localhost:")
    # A second directory comes silently from the same sign-in.
    assert claims(cred.get_token(ARM_SCOPE, tenant_id=FABRIKAM).token)["tid"] == FABRIKAM
    assert len(person.opened) == 1
