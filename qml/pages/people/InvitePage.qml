import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// Invite someone: for whom, which parts of the plan (see, or see and change), why,
// until when. Then the one-time code, the link and its QR code; or withdraw it.
Page {
    id: page

    property bool showBack: true
    readonly property InviteController controller: inviter
    // Life domain key -> "none" | "read" | "write", as chosen in the form.
    property var chosen: ({})
    property string kind: "network"

    signal backRequested()

    function setAccess(key, access) {
        const c = Object.assign({}, chosen);
        c[key] = access;
        chosen = c;
    }
    // The screenshot tour: an example invitation, sent, so the code, link and QR code show.
    function fillExample() {
        nameField.text = "Noor";
        page.kind = "network";
        relationBox.currentIndex = 0;
        purposeField.text = qsTr("To help me keep my week in order");
        page.chosen = { "social": "read", "daily-functioning": "write" };
        send();
    }
    function send() {
        inviter.invite({
            memberId: "",
            kind: page.kind,
            name: nameField.text,
            relation: page.kind === "network" ? relations.model[relationBox.currentIndex].key : "",
            organisation: organisationField.text,
            role: roleField.text,
            purpose: purposeField.text,
            until: untilField.date,
            grants: page.chosen
        });
    }

    title: qsTr("Invite someone")
    background: Rectangle { color: Theme.background }

    InviteController {
        id: inviter

        plan: Session.plan
    }
    QtObject {
        id: relations

        // The plan's words for a relation, the ones samen-cli takes too (MemberWords).
        readonly property var model: inviter.relations
    }

    SamenScrollView {
        id: scroller

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroller.availableWidth - 2 * Theme.spacing, Theme.pictureMaxWidth * 1.4)
            x: Theme.spacing
            spacing: Theme.spacing

            Item { implicitHeight: Theme.spacingSmall }
            PageHeader {
                Layout.fillWidth: true
                title: page.title
                showBack: page.showBack
                onBackRequested: page.backRequested()
            }
            Banner {
                objectName: "inviteError"
                Layout.fillWidth: true
                text: inviter.error
                onDismissed: inviter.reset()
            }

            // The form.
            ColumnLayout {
                Layout.fillWidth: true
                visible: inviter.state === "form" || inviter.state === "sending"
                spacing: Theme.spacingSmall

                FieldLabel { text: qsTr("Name") }
                SamenTextField {
                    id: nameField

                    objectName: "inviteName"
                    Layout.fillWidth: true
                    accessibleName: qsTr("Name of the person you invite")
                }
                FieldLabel { text: qsTr("Who is it?") }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall

                    SamenRadioButton {
                        objectName: "kindNetwork"
                        text: qsTr("Someone from my own circle")
                        checked: page.kind === "network"
                        font.pixelSize: Theme.fontBody
                        Accessible.name: text
                        onClicked: page.kind = "network"
                    }
                    SamenRadioButton {
                        objectName: "kindProfessional"
                        text: qsTr("A professional")
                        checked: page.kind === "professional"
                        font.pixelSize: Theme.fontBody
                        Accessible.name: text
                        onClicked: page.kind = "professional"
                    }
                }
                SamenComboBox {
                    id: relationBox

                    objectName: "inviteRelation"
                    visible: page.kind === "network"
                    Layout.fillWidth: true
                    model: relations.model.map(r => r.label)
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("What this person is to you")
                }
                SamenTextField {
                    id: roleField

                    objectName: "inviteRole"
                    visible: page.kind === "professional"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Role, for example: social worker")
                    accessibleName: qsTr("Role")
                }
                SamenTextField {
                    id: organisationField

                    objectName: "inviteOrganisation"
                    visible: page.kind === "professional"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Organisation")
                    accessibleName: qsTr("Organisation")
                }
                FieldLabel { text: qsTr("What may this person see?") }
                Repeater {
                    model: Session.plan ? Session.plan.domains : null

                    delegate: RowLayout {
                        id: domainRow

                        required property string key
                        required property string label
                        required property int index

                        Layout.fillWidth: true
                        spacing: Theme.spacingSmall

                        Label {
                            Layout.fillWidth: true
                            text: domainRow.label
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        SamenComboBox {
                            objectName: "inviteAccess_" + domainRow.key
                            Layout.preferredWidth: Theme.qrSize
                            model: [qsTr("Nothing"), qsTr("See"), qsTr("See and change")]
                            currentIndex: page.chosen[domainRow.key] === "write" ? 2 : page.chosen[domainRow.key] === "read" ? 1 : 0
                            font.pixelSize: Theme.fontBody
                            Accessible.name: qsTr("%1: what this person may do").arg(domainRow.label)
                            onActivated: i => page.setAccess(domainRow.key, ["none", "read", "write"][i])
                        }
                    }
                }
                FieldLabel { text: qsTr("Why (the person sees this)") }
                SamenTextField {
                    id: purposeField

                    objectName: "invitePurpose"
                    Layout.fillWidth: true
                    placeholderText: qsTr("For example: to help me with my money matters")
                    accessibleName: qsTr("Why this person may see it")
                }
                DateField {
                    id: untilField

                    objectName: "inviteUntil"
                    Layout.fillWidth: true
                    label: qsTr("Until which date (optional)")
                    defaultDate: DateChoice.shift(DateChoice.today(), 182)
                }
                SamenButton {
                    objectName: "sendInvite"
                    text: qsTr("Make the invitation")
                    enabled: inviter.state === "form"
                    onClicked: page.send()
                }
            }

            // The invitation: code, link, QR code.
            ColumnLayout {
                objectName: "invitationMade"
                Layout.fillWidth: true
                visible: inviter.state === "made" || inviter.state === "withdrawn"
                spacing: Theme.spacingSmall

                Label {
                    objectName: "inviteSummary"
                    Layout.fillWidth: true
                    text: inviter.summary
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: inviter.state === "made"
                    text: inviter.expiry
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Rectangle {
                    visible: inviter.state === "made"
                    Layout.preferredWidth: Theme.qrSize
                    Layout.preferredHeight: Theme.qrSize
                    color: Theme.surface
                    border.color: Theme.border

                    QrCodeItem {
                        objectName: "inviteQr"
                        anchors.fill: parent
                        anchors.margins: 1
                        text: inviter.link
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("QR code of the invitation link")
                    }
                }
                FieldLabel { visible: inviter.state === "made"; text: qsTr("Code") }
                SamenTextField {
                    id: codeField

                    objectName: "inviteCode"
                    visible: inviter.state === "made"
                    Layout.fillWidth: true
                    readOnly: true
                    text: inviter.code
                    font.family: "monospace"
                    accessibleName: qsTr("Invitation code")
                }
                FieldLabel { visible: inviter.state === "made"; text: qsTr("Link") }
                SamenTextField {
                    id: linkField

                    objectName: "inviteLink"
                    visible: inviter.state === "made"
                    Layout.fillWidth: true
                    readOnly: true
                    text: inviter.link
                    accessibleName: qsTr("Invitation link")
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall

                    SamenButton {
                        objectName: "copyLink"
                        visible: inviter.state === "made"
                        text: qsTr("Copy the link")
                        primary: false
                        onClicked: {
                            linkField.selectAll();
                            linkField.copy();
                            linkField.deselect();
                        }
                    }
                    SamenButton {
                        objectName: "withdrawInvite"
                        visible: inviter.state === "made"
                        text: qsTr("Withdraw the invitation")
                        primary: false
                        onClicked: inviter.withdraw()
                    }
                    SamenButton {
                        objectName: "inviteDone"
                        text: qsTr("Done")
                        onClicked: {
                            inviter.reset();
                            page.backRequested();
                        }
                    }
                }
            }
            Item { implicitHeight: Theme.spacingLarge }
        }
    }
}
