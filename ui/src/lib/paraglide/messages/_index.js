/* eslint-disable */
import { getLocale, experimentalStaticLocale } from "../runtime.js"

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Action_RetryInputs */
/** @typedef {{}} App_NameInputs */
/** @typedef {{}} Choice_Grant_DescInputs */
/** @typedef {{}} Choice_Grant_TitleInputs */
/** @typedef {{}} Choice_Learn_DescInputs */
/** @typedef {{}} Choice_Learn_TitleInputs */
/** @typedef {{}} Choice_Link_DescInputs */
/** @typedef {{}} Choice_Link_TitleInputs */
/** @typedef {{}} Cloud_Azure_ChinaInputs */
/** @typedef {{}} Cloud_Azure_GovernmentInputs */
/** @typedef {{}} Cloud_Azure_PublicInputs */
/** @typedef {{}} Cloud_PracticeInputs */
/** @typedef {{}} Decide_Access_AoboInputs */
/** @typedef {{}} Decide_Access_Has_RoleInputs */
/** @typedef {{}} Decide_Access_LighthouseInputs */
/** @typedef {{}} Decide_Access_NoneInputs */
/** @typedef {{}} Decide_Asker_CustomerInputs */
/** @typedef {{}} Decide_Asker_PartnerInputs */
/** @typedef {{}} Decide_Dpor_NoInputs */
/** @typedef {{}} Decide_Dpor_UnknownInputs */
/** @typedef {{}} Decide_Dpor_YesInputs */
/** @typedef {{}} Decide_Goal_IncentivesInputs */
/** @typedef {{}} Decide_Goal_RecognitionInputs */
/** @typedef {{}} Decide_IntroInputs */
/** @typedef {{}} Decide_Next_GrantInputs */
/** @typedef {{}} Decide_Next_LinkInputs */
/** @typedef {{}} Decide_Not_SureInputs */
/** @typedef {{}} Decide_Q_AccessInputs */
/** @typedef {{}} Decide_Q_AskerInputs */
/** @typedef {{}} Decide_Q_GoalInputs */
/** @typedef {{}} Decide_Q_SubscriptionInputs */
/** @typedef {{ role: NonNullable<unknown> }} Decide_RoleInputs */
/** @typedef {{ role: NonNullable<unknown> }} Decide_Step_Give_RoleInputs */
/** @typedef {{}} Decide_Step_InviteInputs */
/** @typedef {{}} Decide_Step_Lighthouse_OfferInputs */
/** @typedef {{}} Decide_Step_Link_EachInputs */
/** @typedef {{}} Decide_Step_Link_OwnInputs */
/** @typedef {{}} Decide_Step_Tell_PartnerInputs */
/** @typedef {{}} Decide_StepsInputs */
/** @typedef {{}} Decide_Sub_Azure_PlanInputs */
/** @typedef {{}} Decide_Sub_CspInputs */
/** @typedef {{}} Decide_Sub_EaInputs */
/** @typedef {{}} Decide_Sub_PaygInputs */
/** @typedef {{}} Decide_SubmitInputs */
/** @typedef {{}} Decide_TitleInputs */
/** @typedef {{}} Decide_Use_PalInputs */
/** @typedef {{}} Decide_WhyInputs */
/** @typedef {{}} Dir_Access_HeadingInputs */
/** @typedef {{}} Dir_Col_DporInputs */
/** @typedef {{}} Dir_Col_IncentivesInputs */
/** @typedef {{}} Dir_Col_OfferInputs */
/** @typedef {{}} Dir_Col_RecognitionInputs */
/** @typedef {{}} Dir_Col_RoleInputs */
/** @typedef {{}} Dir_Col_SubscriptionInputs */
/** @typedef {{}} Dir_Consent_CopiedInputs */
/** @typedef {{}} Dir_Consent_CopyInputs */
/** @typedef {{}} Dir_Earns_BothInputs */
/** @typedef {{}} Dir_Earns_NothingInputs */
/** @typedef {{}} Dir_Earns_RecognitionInputs */
/** @typedef {{ name: NonNullable<unknown> }} Dir_IdentityInputs */
/** @typedef {{}} Dir_Link_HeadingInputs */
/** @typedef {{ id: NonNullable<unknown> }} Dir_LinkedInputs */
/** @typedef {{ id: NonNullable<unknown>, name: NonNullable<unknown> }} Dir_Linked_NameInputs */
/** @typedef {{}} Dir_LoadingInputs */
/** @typedef {{}} Dir_Needs_Consent_BodyInputs */
/** @typedef {{}} Dir_Needs_Consent_HeadingInputs */
/** @typedef {{}} Dir_Needs_Sign_In_BodyInputs */
/** @typedef {{}} Dir_Needs_Sign_In_HeadingInputs */
/** @typedef {{}} Dir_No_RoleInputs */
/** @typedef {{}} Dir_Not_LinkedInputs */
/** @typedef {{}} Dir_Open_AgainInputs */
/** @typedef {{}} Dir_Sign_InInputs */
/** @typedef {{}} Dir_Table_CaptionInputs */
/** @typedef {{ id: NonNullable<unknown> }} Dir_Typed_IdInputs */
/** @typedef {{}} Dir_Typed_TitleInputs */
/** @typedef {{}} Dirs_Account_LabelInputs */
/** @typedef {{}} Dirs_All_At_OnceInputs */
/** @typedef {{}} Dirs_All_At_Once_HintInputs */
/** @typedef {{}} Dirs_GuestInputs */
/** @typedef {{}} Dirs_HomeInputs */
/** @typedef {{}} Dirs_IntroInputs */
/** @typedef {{}} Dirs_List_LabelInputs */
/** @typedef {{}} Dirs_LoadingInputs */
/** @typedef {{}} Dirs_No_AccountInputs */
/** @typedef {{}} Dirs_NoneInputs */
/** @typedef {{}} Dirs_Other_BodyInputs */
/** @typedef {{}} Dirs_Other_HeadingInputs */
/** @typedef {{}} Dirs_Other_LabelInputs */
/** @typedef {{}} Dirs_Other_OpenInputs */
/** @typedef {{}} Dirs_ReadyInputs */
/** @typedef {{}} Dirs_Sign_InInputs */
/** @typedef {{}} Dirs_TitleInputs */
/** @typedef {{}} Error_Access_Token_Rejected_BodyInputs */
/** @typedef {{}} Error_Access_Token_Rejected_NextInputs */
/** @typedef {{}} Error_Access_Token_Rejected_TitleInputs */
/** @typedef {{}} Error_Account_Not_In_Directory_BodyInputs */
/** @typedef {{}} Error_Account_Not_In_Directory_NextInputs */
/** @typedef {{}} Error_Account_Not_In_Directory_TitleInputs */
/** @typedef {{}} Error_App_Not_In_Directory_BodyInputs */
/** @typedef {{}} Error_App_Not_In_Directory_NextInputs */
/** @typedef {{}} Error_App_Not_In_Directory_TitleInputs */
/** @typedef {{}} Error_Azure_Cli_Sign_In_Needed_BodyInputs */
/** @typedef {{}} Error_Azure_Cli_Sign_In_Needed_NextInputs */
/** @typedef {{}} Error_Azure_Cli_Sign_In_Needed_TitleInputs */
/** @typedef {{}} Error_Azure_Cli_Unavailable_BodyInputs */
/** @typedef {{}} Error_Azure_Cli_Unavailable_NextInputs */
/** @typedef {{}} Error_Azure_Cli_Unavailable_TitleInputs */
/** @typedef {{}} Error_Azure_Unavailable_BodyInputs */
/** @typedef {{}} Error_Azure_Unavailable_NextInputs */
/** @typedef {{}} Error_Azure_Unavailable_TitleInputs */
/** @typedef {{}} Error_Backend_Unavailable_BodyInputs */
/** @typedef {{}} Error_Backend_Unavailable_NextInputs */
/** @typedef {{}} Error_Backend_Unavailable_TitleInputs */
/** @typedef {{}} Error_Blocked_By_Conditional_Access_BodyInputs */
/** @typedef {{}} Error_Blocked_By_Conditional_Access_NextInputs */
/** @typedef {{}} Error_Blocked_By_Conditional_Access_TitleInputs */
/** @typedef {{}} Error_Client_Credentials_Rejected_BodyInputs */
/** @typedef {{}} Error_Client_Credentials_Rejected_NextInputs */
/** @typedef {{}} Error_Client_Credentials_Rejected_TitleInputs */
/** @typedef {{}} Error_Confirmation_Required_BodyInputs */
/** @typedef {{}} Error_Confirmation_Required_NextInputs */
/** @typedef {{}} Error_Confirmation_Required_TitleInputs */
/** @typedef {{}} Error_Consent_Required_BodyInputs */
/** @typedef {{}} Error_Consent_Required_NextInputs */
/** @typedef {{}} Error_Consent_Required_TitleInputs */
/** @typedef {{}} Error_CopiedInputs */
/** @typedef {{}} Error_CopyInputs */
/** @typedef {{}} Error_Copy_FailedInputs */
/** @typedef {{}} Error_Csp_Admin_On_Behalf_Of_BodyInputs */
/** @typedef {{}} Error_Csp_Admin_On_Behalf_Of_NextInputs */
/** @typedef {{}} Error_Csp_Admin_On_Behalf_Of_TitleInputs */
/** @typedef {{}} Error_DetailsInputs */
/** @typedef {{}} Error_Details_IntroInputs */
/** @typedef {{}} Error_Directory_Not_Found_BodyInputs */
/** @typedef {{}} Error_Directory_Not_Found_NextInputs */
/** @typedef {{}} Error_Directory_Not_Found_TitleInputs */
/** @typedef {{}} Error_Forbidden_BodyInputs */
/** @typedef {{}} Error_Forbidden_NextInputs */
/** @typedef {{}} Error_Forbidden_TitleInputs */
/** @typedef {{}} Error_Internal_BodyInputs */
/** @typedef {{}} Error_Internal_NextInputs */
/** @typedef {{}} Error_Internal_TitleInputs */
/** @typedef {{}} Error_Invalid_Input_BodyInputs */
/** @typedef {{}} Error_Invalid_Input_NextInputs */
/** @typedef {{}} Error_Invalid_Input_TitleInputs */
/** @typedef {{}} Error_Invalid_Partner_Id_BodyInputs */
/** @typedef {{}} Error_Invalid_Partner_Id_NextInputs */
/** @typedef {{}} Error_Invalid_Partner_Id_TitleInputs */
/** @typedef {{}} Error_Invitation_Failed_BodyInputs */
/** @typedef {{}} Error_Invitation_Failed_NextInputs */
/** @typedef {{}} Error_Invitation_Failed_TitleInputs */
/** @typedef {{}} Error_Keychain_Locked_BodyInputs */
/** @typedef {{}} Error_Keychain_Locked_NextInputs */
/** @typedef {{}} Error_Keychain_Locked_TitleInputs */
/** @typedef {{}} Error_Keychain_Unavailable_BodyInputs */
/** @typedef {{}} Error_Keychain_Unavailable_NextInputs */
/** @typedef {{}} Error_Keychain_Unavailable_TitleInputs */
/** @typedef {{}} Error_Link_Conflict_BodyInputs */
/** @typedef {{}} Error_Link_Conflict_NextInputs */
/** @typedef {{}} Error_Link_Conflict_TitleInputs */
/** @typedef {{}} Error_Mfa_Required_BodyInputs */
/** @typedef {{}} Error_Mfa_Required_NextInputs */
/** @typedef {{}} Error_Mfa_Required_TitleInputs */
/** @typedef {{}} Error_Mfa_Setup_Required_BodyInputs */
/** @typedef {{}} Error_Mfa_Setup_Required_NextInputs */
/** @typedef {{}} Error_Mfa_Setup_Required_TitleInputs */
/** @typedef {{}} Error_Network_BodyInputs */
/** @typedef {{}} Error_Network_NextInputs */
/** @typedef {{}} Error_Network_TitleInputs */
/** @typedef {{}} Error_Not_Allowed_To_Grant_BodyInputs */
/** @typedef {{}} Error_Not_Allowed_To_Grant_NextInputs */
/** @typedef {{}} Error_Not_Allowed_To_Grant_TitleInputs */
/** @typedef {{}} Error_Not_Allowed_To_Invite_BodyInputs */
/** @typedef {{}} Error_Not_Allowed_To_Invite_NextInputs */
/** @typedef {{}} Error_Not_Allowed_To_Invite_TitleInputs */
/** @typedef {{}} Error_Not_Found_BodyInputs */
/** @typedef {{}} Error_Not_Found_NextInputs */
/** @typedef {{}} Error_Not_Found_TitleInputs */
/** @typedef {{}} Error_Outcome_Unknown_BodyInputs */
/** @typedef {{}} Error_Outcome_Unknown_NextInputs */
/** @typedef {{}} Error_Outcome_Unknown_TitleInputs */
/** @typedef {{}} Error_Owner_Needs_Acknowledgement_BodyInputs */
/** @typedef {{}} Error_Owner_Needs_Acknowledgement_NextInputs */
/** @typedef {{}} Error_Owner_Needs_Acknowledgement_TitleInputs */
/** @typedef {{}} Error_Pal_Unavailable_In_Cloud_BodyInputs */
/** @typedef {{}} Error_Pal_Unavailable_In_Cloud_NextInputs */
/** @typedef {{}} Error_Pal_Unavailable_In_Cloud_TitleInputs */
/** @typedef {{}} Error_Run_Elsewhere_BodyInputs */
/** @typedef {{}} Error_Run_Elsewhere_NextInputs */
/** @typedef {{}} Error_Run_Elsewhere_TitleInputs */
/** @typedef {{}} Error_Run_In_Progress_BodyInputs */
/** @typedef {{}} Error_Run_In_Progress_NextInputs */
/** @typedef {{}} Error_Run_In_Progress_TitleInputs */
/** @typedef {{}} Error_Service_Principal_Not_Found_BodyInputs */
/** @typedef {{}} Error_Service_Principal_Not_Found_NextInputs */
/** @typedef {{}} Error_Service_Principal_Not_Found_TitleInputs */
/** @typedef {{}} Error_Settings_File_Damaged_BodyInputs */
/** @typedef {{}} Error_Settings_File_Damaged_NextInputs */
/** @typedef {{}} Error_Settings_File_Damaged_TitleInputs */
/** @typedef {{}} Error_Several_Partner_Ids_BodyInputs */
/** @typedef {{}} Error_Several_Partner_Ids_NextInputs */
/** @typedef {{}} Error_Several_Partner_Ids_TitleInputs */
/** @typedef {{}} Error_Sign_In_App_Not_Configured_BodyInputs */
/** @typedef {{}} Error_Sign_In_App_Not_Configured_NextInputs */
/** @typedef {{}} Error_Sign_In_App_Not_Configured_TitleInputs */
/** @typedef {{}} Error_Sign_In_Cancelled_BodyInputs */
/** @typedef {{}} Error_Sign_In_Cancelled_NextInputs */
/** @typedef {{}} Error_Sign_In_Cancelled_TitleInputs */
/** @typedef {{}} Error_Sign_In_Expired_BodyInputs */
/** @typedef {{}} Error_Sign_In_Expired_NextInputs */
/** @typedef {{}} Error_Sign_In_Expired_TitleInputs */
/** @typedef {{}} Error_Sign_In_Failed_BodyInputs */
/** @typedef {{}} Error_Sign_In_Failed_NextInputs */
/** @typedef {{}} Error_Sign_In_Failed_TitleInputs */
/** @typedef {{}} Error_Sign_In_Timed_Out_BodyInputs */
/** @typedef {{}} Error_Sign_In_Timed_Out_NextInputs */
/** @typedef {{}} Error_Sign_In_Timed_Out_TitleInputs */
/** @typedef {{}} Error_Throttled_BodyInputs */
/** @typedef {{}} Error_Throttled_NextInputs */
/** @typedef {{}} Error_Throttled_TitleInputs */
/** @typedef {{}} Error_Token_Cache_Invalid_BodyInputs */
/** @typedef {{}} Error_Token_Cache_Invalid_NextInputs */
/** @typedef {{}} Error_Token_Cache_Invalid_TitleInputs */
/** @typedef {{}} Error_Unknown_BodyInputs */
/** @typedef {{}} Error_Unknown_NextInputs */
/** @typedef {{}} Error_Unknown_TitleInputs */
/** @typedef {{}} Error_Untrusted_Answer_BodyInputs */
/** @typedef {{}} Error_Untrusted_Answer_NextInputs */
/** @typedef {{}} Error_Untrusted_Answer_TitleInputs */
/** @typedef {{}} Error_Update_Must_Wait_BodyInputs */
/** @typedef {{}} Error_Update_Must_Wait_NextInputs */
/** @typedef {{}} Error_Update_Must_Wait_TitleInputs */
/** @typedef {{}} Error_Update_Not_Trusted_BodyInputs */
/** @typedef {{}} Error_Update_Not_Trusted_NextInputs */
/** @typedef {{}} Error_Update_Not_Trusted_TitleInputs */
/** @typedef {{}} Error_Update_Unreachable_BodyInputs */
/** @typedef {{}} Error_Update_Unreachable_NextInputs */
/** @typedef {{}} Error_Update_Unreachable_TitleInputs */
/** @typedef {{}} Error_User_Not_Found_BodyInputs */
/** @typedef {{}} Error_User_Not_Found_NextInputs */
/** @typedef {{}} Error_User_Not_Found_TitleInputs */
/** @typedef {{}} Error_What_To_DoInputs */
/** @typedef {{}} Error_Wrong_Password_BodyInputs */
/** @typedef {{}} Error_Wrong_Password_NextInputs */
/** @typedef {{}} Error_Wrong_Password_TitleInputs */
/** @typedef {{ cloud: NonNullable<unknown> }} Footer_CloudInputs */
/** @typedef {{}} Footer_LoadingInputs */
/** @typedef {{ version: NonNullable<unknown> }} Footer_VersionInputs */
/** @typedef {{}} Grant_Access_AccountInputs */
/** @typedef {{}} Grant_Access_CheckingInputs */
/** @typedef {{}} Grant_Access_DirectoryInputs */
/** @typedef {{}} Grant_Access_IntroInputs */
/** @typedef {{}} Grant_Access_TitleInputs */
/** @typedef {{}} Grant_App_ApproveInputs */
/** @typedef {{}} Grant_App_ContinueInputs */
/** @typedef {{}} Grant_App_Directory_HintInputs */
/** @typedef {{}} Grant_App_Directory_LabelInputs */
/** @typedef {{ tenant: NonNullable<unknown> }} Grant_App_Done_BodyInputs */
/** @typedef {{}} Grant_App_Done_HeadingInputs */
/** @typedef {{}} Grant_App_Id_HintInputs */
/** @typedef {{}} Grant_App_Id_LabelInputs */
/** @typedef {{}} Grant_App_IntroInputs */
/** @typedef {{}} Grant_App_SkipInputs */
/** @typedef {{}} Grant_App_TitleInputs */
/** @typedef {{}} Grant_App_WaitingInputs */
/** @typedef {{}} Grant_ApplyInputs */
/** @typedef {{}} Grant_Cannot_BodyInputs */
/** @typedef {{}} Grant_Cannot_HeadingInputs */
/** @typedef {{}} Grant_Cannot_NextInputs */
/** @typedef {{}} Grant_CheckInputs */
/** @typedef {{}} Grant_ContinueInputs */
/** @typedef {{}} Grant_Control_BodyInputs */
/** @typedef {{}} Grant_Control_TitleInputs */
/** @typedef {{ role: NonNullable<unknown>, scope: NonNullable<unknown> }} Grant_Done_CreatedInputs */
/** @typedef {{ role: NonNullable<unknown>, scope: NonNullable<unknown> }} Grant_Done_ExistsInputs */
/** @typedef {{ scope: NonNullable<unknown> }} Grant_Done_FailedInputs */
/** @typedef {{}} Grant_Done_NextInputs */
/** @typedef {{}} Grant_Give_HeadingInputs */
/** @typedef {{}} Grant_Give_RoleInputs */
/** @typedef {{}} Grant_Give_WhereInputs */
/** @typedef {{}} Grant_Has_HeadingInputs */
/** @typedef {{ role: NonNullable<unknown>, scope: NonNullable<unknown> }} Grant_Has_ItemInputs */
/** @typedef {{}} Grant_Has_NoneInputs */
/** @typedef {{}} Grant_Has_ShowInputs */
/** @typedef {{}} Grant_IntroInputs */
/** @typedef {{}} Grant_Invite_ButtonInputs */
/** @typedef {{}} Grant_Invite_CopiedInputs */
/** @typedef {{}} Grant_Invite_CopyInputs */
/** @typedef {{}} Grant_Invite_EmailInputs */
/** @typedef {{}} Grant_Invite_OfferInputs */
/** @typedef {{}} Grant_Invite_Send_LinkInputs */
/** @typedef {{}} Grant_Invite_SentInputs */
/** @typedef {{}} Grant_Invite_UnlikelyInputs */
/** @typedef {{}} Grant_InvitingInputs */
/** @typedef {{}} Grant_Many_BodyInputs */
/** @typedef {{}} Grant_Many_TitleInputs */
/** @typedef {{}} Grant_May_HeadingInputs */
/** @typedef {{}} Grant_May_NoInputs */
/** @typedef {{}} Grant_May_YesInputs */
/** @typedef {{}} Grant_No_Id_BodyInputs */
/** @typedef {{}} Grant_No_Id_TitleInputs */
/** @typedef {{}} Grant_No_SubscriptionsInputs */
/** @typedef {{}} Grant_Owner_AcknowledgeInputs */
/** @typedef {{}} Grant_Owner_Warning_TitleInputs */
/** @typedef {{}} Grant_Partner_FindInputs */
/** @typedef {{}} Grant_Partner_FindingInputs */
/** @typedef {{ name: NonNullable<unknown>, kind: NonNullable<unknown> }} Grant_Partner_FoundInputs */
/** @typedef {{}} Grant_Partner_HeadingInputs */
/** @typedef {{}} Grant_Partner_HintInputs */
/** @typedef {{}} Grant_Partner_Is_AppInputs */
/** @typedef {{}} Grant_Partner_Is_UserInputs */
/** @typedef {{}} Grant_Partner_LabelInputs */
/** @typedef {{ what: NonNullable<unknown> }} Grant_Plan_CannotInputs */
/** @typedef {{ scope: NonNullable<unknown> }} Grant_Plan_ExistsInputs */
/** @typedef {{}} Grant_Plan_No_LinkInputs */
/** @typedef {{ who: NonNullable<unknown>, role: NonNullable<unknown>, scopes: NonNullable<unknown> }} Grant_Plan_SummaryInputs */
/** @typedef {{}} Grant_Remove_AllInputs */
/** @typedef {{ count: NonNullable<unknown> }} Grant_Remove_ConfirmInputs */
/** @typedef {{}} Grant_Remove_YesInputs */
/** @typedef {{ count: NonNullable<unknown> }} Grant_RemovedInputs */
/** @typedef {{}} Grant_Role_BodyInputs */
/** @typedef {{}} Grant_Role_Contributor_AllowsInputs */
/** @typedef {{}} Grant_Role_Contributor_NotInputs */
/** @typedef {{}} Grant_Role_Contributor_RiskInputs */
/** @typedef {{ recognition: NonNullable<unknown>, incentives: NonNullable<unknown> }} Grant_Role_EarnsInputs */
/** @typedef {{}} Grant_Role_Owner_AllowsInputs */
/** @typedef {{}} Grant_Role_Owner_NotInputs */
/** @typedef {{}} Grant_Role_Owner_RiskInputs */
/** @typedef {{}} Grant_Role_Reader_AllowsInputs */
/** @typedef {{}} Grant_Role_Reader_NotInputs */
/** @typedef {{ role: NonNullable<unknown> }} Grant_Role_Support_AddonInputs */
/** @typedef {{}} Grant_Role_Support_AllowsInputs */
/** @typedef {{}} Grant_Role_Support_NotInputs */
/** @typedef {{}} Grant_Role_TitleInputs */
/** @typedef {{ group: NonNullable<unknown>, subscription: NonNullable<unknown> }} Grant_Scope_GroupInputs */
/** @typedef {{}} Grant_TitleInputs */
/** @typedef {{}} Keychain_Locked_BodyInputs */
/** @typedef {{}} Keychain_Locked_HeadingInputs */
/** @typedef {{}} Keychain_RetryInputs */
/** @typedef {{}} Keychain_Session_OnlyInputs */
/** @typedef {{}} Keychain_Session_Only_DescInputs */
/** @typedef {{}} Keychain_Unavailable_BodyInputs */
/** @typedef {{}} Keychain_Unavailable_HeadingInputs */
/** @typedef {{}} Lang_EnInputs */
/** @typedef {{}} Lang_Zh_TwInputs */
/** @typedef {{}} Language_LabelInputs */
/** @typedef {{}} Learn_Dpor_HeadingInputs */
/** @typedef {{}} Learn_Dpor_Now_BodyInputs */
/** @typedef {{}} Learn_Dpor_Now_TitleInputs */
/** @typedef {{}} Learn_Dpor_What_BodyInputs */
/** @typedef {{}} Learn_Dpor_What_TitleInputs */
/** @typedef {{}} Learn_IntroInputs */
/** @typedef {{}} Learn_Pal_HeadingInputs */
/** @typedef {{}} Learn_Pal_Identity_BodyInputs */
/** @typedef {{}} Learn_Pal_Identity_TitleInputs */
/** @typedef {{}} Learn_Pal_Many_BodyInputs */
/** @typedef {{}} Learn_Pal_Many_TitleInputs */
/** @typedef {{}} Learn_Pal_Not_Access_BodyInputs */
/** @typedef {{}} Learn_Pal_Not_Access_TitleInputs */
/** @typedef {{}} Learn_Pal_Who_BodyInputs */
/** @typedef {{}} Learn_Pal_Who_TitleInputs */
/** @typedef {{}} Learn_Summary_BodyInputs */
/** @typedef {{}} Learn_Summary_TitleInputs */
/** @typedef {{}} Learn_TitleInputs */
/** @typedef {{}} Lighthouse_Point_DeployInputs */
/** @typedef {{}} Lighthouse_Point_LinkInputs */
/** @typedef {{}} Lighthouse_Point_Own_DirectoryInputs */
/** @typedef {{}} Lighthouse_Point_RolesInputs */
/** @typedef {{}} Lighthouse_SummaryInputs */
/** @typedef {{}} Lighthouse_TitleInputs */
/** @typedef {{}} Link_Access_BodyInputs */
/** @typedef {{}} Link_Access_TitleInputs */
/** @typedef {{}} Link_ContinueInputs */
/** @typedef {{}} Link_IntroInputs */
/** @typedef {{}} Link_Learn_ButtonInputs */
/** @typedef {{}} Link_Need_Account_BodyInputs */
/** @typedef {{}} Link_Need_Account_TitleInputs */
/** @typedef {{}} Link_Need_Id_BodyInputs */
/** @typedef {{}} Link_Need_Id_TitleInputs */
/** @typedef {{}} Link_Once_BodyInputs */
/** @typedef {{}} Link_Once_TitleInputs */
/** @typedef {{}} Link_Role_BodyInputs */
/** @typedef {{}} Link_Role_TitleInputs */
/** @typedef {{}} Link_TitleInputs */
/** @typedef {{}} Link_UnsureInputs */
/** @typedef {{}} Mark_NoInputs */
/** @typedef {{}} Mark_UnknownInputs */
/** @typedef {{}} Mark_YesInputs */
/** @typedef {{}} Nav_BackInputs */
/** @typedef {{}} Note_Agreement_UnreadableInputs */
/** @typedef {{}} Note_Azure_Plan_Looks_Like_EaInputs */
/** @typedef {{}} Note_Csp_AoboInputs */
/** @typedef {{}} Note_Dpor_RetiredInputs */
/** @typedef {{}} Note_LighthouseInputs */
/** @typedef {{}} Note_No_AccessInputs */
/** @typedef {{}} Note_Pim_EligibleInputs */
/** @typedef {{}} Note_Reader_No_IncentivesInputs */
/** @typedef {{}} Note_Role_Through_GroupInputs */
/** @typedef {{}} Note_Roles_UnreadableInputs */
/** @typedef {{}} Note_Subscription_Not_ActiveInputs */
/** @typedef {{}} Offer_Azure_For_StudentsInputs */
/** @typedef {{}} Offer_Azure_In_OpenInputs */
/** @typedef {{}} Offer_Azure_PassInputs */
/** @typedef {{}} Offer_Azure_PlanInputs */
/** @typedef {{}} Offer_CspInputs */
/** @typedef {{}} Offer_DefaultInputs */
/** @typedef {{}} Offer_Dev_TestInputs */
/** @typedef {{}} Offer_Ea_Or_Azure_PlanInputs */
/** @typedef {{}} Offer_Enterprise_AgreementInputs */
/** @typedef {{}} Offer_Free_TrialInputs */
/** @typedef {{}} Offer_InternalInputs */
/** @typedef {{}} Offer_Partner_BenefitsInputs */
/** @typedef {{}} Offer_Pay_As_You_GoInputs */
/** @typedef {{}} Offer_SponsoredInputs */
/** @typedef {{}} Offer_Student_StarterInputs */
/** @typedef {{}} Offer_UnknownInputs */
/** @typedef {{}} Offer_Visual_StudioInputs */
/** @typedef {{ time: NonNullable<unknown>, linked: NonNullable<unknown>, total: NonNullable<unknown> }} Overview_As_OfInputs */
/** @typedef {{ account: NonNullable<unknown> }} Overview_ByInputs */
/** @typedef {{ done: NonNullable<unknown>, total: NonNullable<unknown> }} Overview_CheckingInputs */
/** @typedef {{ name: NonNullable<unknown> }} Overview_Choose_LabelInputs */
/** @typedef {{ count: NonNullable<unknown> }} Overview_Choose_UnlinkedInputs */
/** @typedef {{}} Overview_Col_AccessInputs */
/** @typedef {{}} Overview_Col_ChooseInputs */
/** @typedef {{}} Overview_Col_DirectoryInputs */
/** @typedef {{}} Overview_Col_LinkInputs */
/** @typedef {{}} Overview_Col_ProblemInputs */
/** @typedef {{}} Overview_Col_RunInputs */
/** @typedef {{}} Overview_Earns_BothInputs */
/** @typedef {{}} Overview_Earns_NothingInputs */
/** @typedef {{}} Overview_Earns_RecognitionInputs */
/** @typedef {{}} Overview_EmptyInputs */
/** @typedef {{}} Overview_Export_BodyInputs */
/** @typedef {{}} Overview_Export_CsvInputs */
/** @typedef {{}} Overview_Export_HeadingInputs */
/** @typedef {{}} Overview_Export_HtmlInputs */
/** @typedef {{}} Overview_Export_JsonInputs */
/** @typedef {{ path: NonNullable<unknown> }} Overview_Export_SavedInputs */
/** @typedef {{ id: NonNullable<unknown>, time: NonNullable<unknown>, remaining: NonNullable<unknown>, total: NonNullable<unknown> }} Overview_Interrupted_BodyInputs */
/** @typedef {{ count: NonNullable<unknown> }} Overview_Interrupted_DamagedInputs */
/** @typedef {{}} Overview_Interrupted_ForgetInputs */
/** @typedef {{}} Overview_Interrupted_HeadingInputs */
/** @typedef {{}} Overview_Interrupted_ResumeInputs */
/** @typedef {{}} Overview_IntroInputs */
/** @typedef {{ count: NonNullable<unknown> }} Overview_Link_ChosenInputs */
/** @typedef {{}} Overview_Link_HintInputs */
/** @typedef {{}} Overview_Not_LinkedInputs */
/** @typedef {{}} Overview_Problem_CaInputs */
/** @typedef {{}} Overview_Problem_ConsentInputs */
/** @typedef {{}} Overview_Problem_CspInputs */
/** @typedef {{}} Overview_Problem_FailedInputs */
/** @typedef {{}} Overview_Problem_MfaInputs */
/** @typedef {{}} Overview_Problem_No_AccessInputs */
/** @typedef {{}} Overview_Problem_Sign_In_AgainInputs */
/** @typedef {{}} Overview_Queue_BodyInputs */
/** @typedef {{}} Overview_Queue_HeadingInputs */
/** @typedef {{}} Overview_Queue_Sign_InInputs */
/** @typedef {{}} Overview_RefreshInputs */
/** @typedef {{}} Overview_Result_AlreadyInputs */
/** @typedef {{}} Overview_Result_FailedInputs */
/** @typedef {{}} Overview_Result_LinkedInputs */
/** @typedef {{ id: NonNullable<unknown> }} Overview_Result_OtherInputs */
/** @typedef {{}} Overview_Result_Sign_InInputs */
/** @typedef {{}} Overview_Run_CancelInputs */
/** @typedef {{}} Overview_Run_CancelledInputs */
/** @typedef {{}} Overview_Run_ContinueInputs */
/** @typedef {{ done: NonNullable<unknown>, total: NonNullable<unknown>, linked: NonNullable<unknown>, already: NonNullable<unknown>, other: NonNullable<unknown>, waiting: NonNullable<unknown>, failed: NonNullable<unknown> }} Overview_Run_CountsInputs */
/** @typedef {{}} Overview_Run_FinishedInputs */
/** @typedef {{ id: NonNullable<unknown> }} Overview_Run_HeadingInputs */
/** @typedef {{}} Overview_Run_PauseInputs */
/** @typedef {{}} Overview_Run_PausedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Overview_Run_ThrottledInputs */
/** @typedef {{}} Overview_Table_CaptionInputs */
/** @typedef {{}} Overview_TitleInputs */
/** @typedef {{}} Pal_CheckInputs */
/** @typedef {{}} Pal_Choose_BodyInputs */
/** @typedef {{}} Pal_Choose_HeadingInputs */
/** @typedef {{ id: NonNullable<unknown> }} Pal_Choose_OptionInputs */
/** @typedef {{ id: NonNullable<unknown> }} Pal_Do_ChangeInputs */
/** @typedef {{ id: NonNullable<unknown> }} Pal_Do_CreateInputs */
/** @typedef {{}} Pal_Do_RemoveInputs */
/** @typedef {{ id: NonNullable<unknown> }} Pal_Done_ChangeInputs */
/** @typedef {{ id: NonNullable<unknown> }} Pal_Done_CreateInputs */
/** @typedef {{ name: NonNullable<unknown> }} Pal_Done_NameInputs */
/** @typedef {{}} Pal_Done_NothingInputs */
/** @typedef {{}} Pal_Done_RemoveInputs */
/** @typedef {{}} Pal_Done_RereadInputs */
/** @typedef {{}} Pal_Form_HintInputs */
/** @typedef {{}} Pal_Form_LabelInputs */
/** @typedef {{}} Pal_Not_NowInputs */
/** @typedef {{ id: NonNullable<unknown> }} Pal_Plan_AlreadyInputs */
/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Pal_Plan_ChangeInputs */
/** @typedef {{ id: NonNullable<unknown>, account: NonNullable<unknown> }} Pal_Plan_CreateInputs */
/** @typedef {{}} Pal_Plan_NothingInputs */
/** @typedef {{ id: NonNullable<unknown> }} Pal_Plan_RemoveInputs */
/** @typedef {{}} Pal_RemoveInputs */
/** @typedef {{ id: NonNullable<unknown> }} Pal_Request_IdInputs */
/** @typedef {{}} Pal_WorkingInputs */
/** @typedef {{}} Practice_BadgeInputs */
/** @typedef {{}} Practice_LeaveInputs */
/** @typedef {{}} Practice_Offer_BodyInputs */
/** @typedef {{}} Practice_Offer_HeadingInputs */
/** @typedef {{}} Practice_On_BodyInputs */
/** @typedef {{}} Practice_On_HeadingInputs */
/** @typedef {{}} Practice_Problem_BodyInputs */
/** @typedef {{}} Practice_Problem_BusyInputs */
/** @typedef {{}} Practice_Problem_ConnectionInputs */
/** @typedef {{}} Practice_Problem_StagedInputs */
/** @typedef {{}} Practice_Problem_SummaryInputs */
/** @typedef {{}} Practice_StartInputs */
/** @typedef {{}} Practice_StartingInputs */
/** @typedef {{}} Privacy_Off_HintInputs */
/** @typedef {{}} Privacy_On_HintInputs */
/** @typedef {{}} Privacy_ToggleInputs */
/** @typedef {{}} Proof_BodyInputs */
/** @typedef {{}} Proof_CopiedInputs */
/** @typedef {{}} Proof_CopyInputs */
/** @typedef {{}} Proof_HeadingInputs */
/** @typedef {{}} Proof_OpenInputs */
/** @typedef {{}} Proof_SaveInputs */
/** @typedef {{ path: NonNullable<unknown> }} Proof_SavedInputs */
/** @typedef {{}} Proof_SavingInputs */
/** @typedef {{ directory: NonNullable<unknown>, tenant: NonNullable<unknown>, account: NonNullable<unknown>, link: NonNullable<unknown>, access: NonNullable<unknown>, time: NonNullable<unknown> }} Proof_SummaryInputs */
/** @typedef {{}} Resume_ContinueInputs */
/** @typedef {{ directory: NonNullable<unknown> }} Resume_DirectoryInputs */
/** @typedef {{}} Resume_HeadingInputs */
/** @typedef {{}} Resume_Start_OverInputs */
/** @typedef {{ step: NonNullable<unknown>, when: NonNullable<unknown> }} Resume_WhereInputs */
/** @typedef {{}} Role_ContributorInputs */
/** @typedef {{}} Role_OwnerInputs */
/** @typedef {{}} Role_ReaderInputs */
/** @typedef {{}} Role_Support_Request_ContributorInputs */
/** @typedef {{}} Role_User_Access_AdministratorInputs */
/** @typedef {{}} Rule_Any_Role_RecognitionInputs */
/** @typedef {{}} Rule_Contributor_For_IncentivesInputs */
/** @typedef {{}} Rule_Csp_Aobo_Cannot_LinkInputs */
/** @typedef {{}} Rule_Dpor_RetiredInputs */
/** @typedef {{}} Rule_Ea_To_Azure_Plan_Not_CarriedInputs */
/** @typedef {{}} Rule_Group_Roles_CountInputs */
/** @typedef {{}} Rule_Lighthouse_Link_In_Managing_DirectoryInputs */
/** @typedef {{}} Rule_One_Identity_One_DirectoryInputs */
/** @typedef {{}} Rule_Only_Linker_Can_ChangeInputs */
/** @typedef {{}} Rule_Pal_Needs_Access_FirstInputs */
/** @typedef {{}} Rule_Pim_Only_While_ActiveInputs */
/** @typedef {{}} Saved_Start_OverInputs */
/** @typedef {{}} Saved_Unreadable_BodyInputs */
/** @typedef {{}} Saved_Unreadable_HeadingInputs */
/** @typedef {{}} Setup_BodyInputs */
/** @typedef {{}} Setup_Client_Id_HintInputs */
/** @typedef {{}} Setup_Client_Id_LabelInputs */
/** @typedef {{}} Setup_HeadingInputs */
/** @typedef {{}} Setup_SaveInputs */
/** @typedef {{}} Setup_Step_PermissionInputs */
/** @typedef {{}} Setup_Step_PublicInputs */
/** @typedef {{}} Setup_Step_RedirectInputs */
/** @typedef {{}} Setup_Step_RegisterInputs */
/** @typedef {{}} Setup_Step_ShareInputs */
/** @typedef {{}} Setup_Steps_HeadingInputs */
/** @typedef {{}} Signin_Account_AppInputs */
/** @typedef {{ username: NonNullable<unknown> }} Signin_Account_CliInputs */
/** @typedef {{ tenant: NonNullable<unknown> }} Signin_Account_HomeInputs */
/** @typedef {{}} Signin_Accounts_HeadingInputs */
/** @typedef {{}} Signin_Browser_DescInputs */
/** @typedef {{}} Signin_Browser_TitleInputs */
/** @typedef {{}} Signin_Browser_WaitingInputs */
/** @typedef {{}} Signin_CancelInputs */
/** @typedef {{}} Signin_Cli_DescInputs */
/** @typedef {{}} Signin_Cli_TitleInputs */
/** @typedef {{}} Signin_ContinueInputs */
/** @typedef {{}} Signin_Continue_GrantInputs */
/** @typedef {{}} Signin_Device_Code_LabelInputs */
/** @typedef {{}} Signin_Device_CopiedInputs */
/** @typedef {{}} Signin_Device_CopyInputs */
/** @typedef {{}} Signin_Device_DescInputs */
/** @typedef {{ page: NonNullable<unknown> }} Signin_Device_InstructionsInputs */
/** @typedef {{}} Signin_Device_OpenInputs */
/** @typedef {{}} Signin_Device_TitleInputs */
/** @typedef {{}} Signin_Device_WaitingInputs */
/** @typedef {{}} Signin_ForgetInputs */
/** @typedef {{}} Signin_Forget_ConfirmInputs */
/** @typedef {{}} Signin_Forget_KeepInputs */
/** @typedef {{}} Signin_Forget_QuestionInputs */
/** @typedef {{}} Signin_ForgottenInputs */
/** @typedef {{}} Signin_IntroInputs */
/** @typedef {{}} Signin_LoadingInputs */
/** @typedef {{}} Signin_Meanwhile_HeadingInputs */
/** @typedef {{}} Signin_Methods_HeadingInputs */
/** @typedef {{}} Signin_Methods_Heading_MoreInputs */
/** @typedef {{}} Signin_Session_Only_NoteInputs */
/** @typedef {{}} Signin_Sign_OutInputs */
/** @typedef {{ name: NonNullable<unknown> }} Signin_Signed_OutInputs */
/** @typedef {{}} Signin_Sp_Client_IdInputs */
/** @typedef {{}} Signin_Sp_DescInputs */
/** @typedef {{}} Signin_Sp_SecretInputs */
/** @typedef {{}} Signin_Sp_SubmitInputs */
/** @typedef {{}} Signin_Sp_TenantInputs */
/** @typedef {{}} Signin_Sp_TitleInputs */
/** @typedef {{}} Signin_TitleInputs */
/** @typedef {{}} Skip_To_ContentInputs */
/** @typedef {{}} Source_ButtonInputs */
/** @typedef {{}} Source_Button_HintInputs */
/** @typedef {{}} Start_IntroInputs */
/** @typedef {{}} Start_QuestionInputs */
/** @typedef {{}} Start_TitleInputs */
/** @typedef {{}} Step_DoneInputs */
/** @typedef {{}} Step_Grant_AccessInputs */
/** @typedef {{}} Step_Grant_AppInputs */
/** @typedef {{}} Step_Grant_NeedsInputs */
/** @typedef {{}} Step_Grant_Sign_InInputs */
/** @typedef {{}} Step_LearnInputs */
/** @typedef {{}} Step_Link_LinkInputs */
/** @typedef {{}} Step_Link_PrepareInputs */
/** @typedef {{}} Step_Link_Sign_InInputs */
/** @typedef {{}} Step_StartInputs */
/** @typedef {{}} Steps_LabelInputs */
/** @typedef {{ current: NonNullable<unknown>, total: NonNullable<unknown> }} Steps_PositionInputs */
import * as __en from "./en.js"
import * as __zh_tw2 from "./zh-TW.js"
/**
* | output |
* | --- |
* | "Try again" |
*
* @param {Action_RetryInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const action_retry = /** @type {((inputs?: Action_RetryInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Action_RetryInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.action_retry(inputs)
	return __en.action_retry(inputs)
});
/**
* | output |
* | --- |
* | "Partner Link Assistant" |
*
* @param {App_NameInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const app_name = /** @type {((inputs?: App_NameInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_NameInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.app_name(inputs)
	return __en.app_name(inputs)
});
/**
* | output |
* | --- |
* | "For customer admins: see what your partner needs from you, and what you don't have to do." |
*
* @param {Choice_Grant_DescInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const choice_grant_desc = /** @type {((inputs?: Choice_Grant_DescInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Choice_Grant_DescInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.choice_grant_desc(inputs)
	return __en.choice_grant_desc(inputs)
});
/**
* | output |
* | --- |
* | "Give a partner access (I'm the customer's admin)" |
*
* @param {Choice_Grant_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const choice_grant_title = /** @type {((inputs?: Choice_Grant_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Choice_Grant_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.choice_grant_title(inputs)
	return __en.choice_grant_title(inputs)
});
/**
* | output |
* | --- |
* | "Not sure how it works? A short explanation of what each one is and who does it." |
*
* @param {Choice_Learn_DescInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const choice_learn_desc = /** @type {((inputs?: Choice_Learn_DescInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Choice_Learn_DescInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.choice_learn_desc(inputs)
	return __en.choice_learn_desc(inputs)
});
/**
* | output |
* | --- |
* | "Learn: PAL or DPOR?" |
*
* @param {Choice_Learn_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const choice_learn_title = /** @type {((inputs?: Choice_Learn_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Choice_Learn_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.choice_learn_title(inputs)
	return __en.choice_learn_title(inputs)
});
/**
* | output |
* | --- |
* | "For partner staff: link your organization's partner ID to the account you use in a customer's directory." |
*
* @param {Choice_Link_DescInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const choice_link_desc = /** @type {((inputs?: Choice_Link_DescInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Choice_Link_DescInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.choice_link_desc(inputs)
	return __en.choice_link_desc(inputs)
});
/**
* | output |
* | --- |
* | "Link our partner ID" |
*
* @param {Choice_Link_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const choice_link_title = /** @type {((inputs?: Choice_Link_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Choice_Link_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.choice_link_title(inputs)
	return __en.choice_link_title(inputs)
});
/**
* | output |
* | --- |
* | "Azure operated by 21Vianet (China)" |
*
* @param {Cloud_Azure_ChinaInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const cloud_azure_china = /** @type {((inputs?: Cloud_Azure_ChinaInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cloud_Azure_ChinaInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.cloud_azure_china(inputs)
	return __en.cloud_azure_china(inputs)
});
/**
* | output |
* | --- |
* | "Azure Government" |
*
* @param {Cloud_Azure_GovernmentInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const cloud_azure_government = /** @type {((inputs?: Cloud_Azure_GovernmentInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cloud_Azure_GovernmentInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.cloud_azure_government(inputs)
	return __en.cloud_azure_government(inputs)
});
/**
* | output |
* | --- |
* | "Azure (global)" |
*
* @param {Cloud_Azure_PublicInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const cloud_azure_public = /** @type {((inputs?: Cloud_Azure_PublicInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cloud_Azure_PublicInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.cloud_azure_public(inputs)
	return __en.cloud_azure_public(inputs)
});
/**
* | output |
* | --- |
* | "Practice (a simulated Azure)" |
*
* @param {Cloud_PracticeInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const cloud_practice = /** @type {((inputs?: Cloud_PracticeInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cloud_PracticeInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.cloud_practice(inputs)
	return __en.cloud_practice(inputs)
});
/**
* | output |
* | --- |
* | "Only through CSP (admin on behalf of)" |
*
* @param {Decide_Access_AoboInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_access_aobo = /** @type {((inputs?: Decide_Access_AoboInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Access_AoboInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_access_aobo(inputs)
	return __en.decide_access_aobo(inputs)
});
/**
* | output |
* | --- |
* | "Their own account or app has an Azure role" |
*
* @param {Decide_Access_Has_RoleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_access_has_role = /** @type {((inputs?: Decide_Access_Has_RoleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Access_Has_RoleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_access_has_role(inputs)
	return __en.decide_access_has_role(inputs)
});
/**
* | output |
* | --- |
* | "Through Azure Lighthouse" |
*
* @param {Decide_Access_LighthouseInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_access_lighthouse = /** @type {((inputs?: Decide_Access_LighthouseInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Access_LighthouseInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_access_lighthouse(inputs)
	return __en.decide_access_lighthouse(inputs)
});
/**
* | output |
* | --- |
* | "None yet" |
*
* @param {Decide_Access_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_access_none = /** @type {((inputs?: Decide_Access_NoneInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Access_NoneInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_access_none(inputs)
	return __en.decide_access_none(inputs)
});
/**
* | output |
* | --- |
* | "I'm the customer's administrator" |
*
* @param {Decide_Asker_CustomerInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_asker_customer = /** @type {((inputs?: Decide_Asker_CustomerInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Asker_CustomerInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_asker_customer(inputs)
	return __en.decide_asker_customer(inputs)
});
/**
* | output |
* | --- |
* | "I work for the partner" |
*
* @param {Decide_Asker_PartnerInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_asker_partner = /** @type {((inputs?: Decide_Asker_PartnerInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Asker_PartnerInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_asker_partner(inputs)
	return __en.decide_asker_partner(inputs)
});
/**
* | output |
* | --- |
* | "DPOR never applied to this kind of subscription. PAL does." |
*
* @param {Decide_Dpor_NoInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_dpor_no = /** @type {((inputs?: Decide_Dpor_NoInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Dpor_NoInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_dpor_no(inputs)
	return __en.decide_dpor_no(inputs)
});
/**
* | output |
* | --- |
* | "DPOR only ever applied to some subscriptions, set by the customer, and it is no longer the way forward. PAL works for every kind." |
*
* @param {Decide_Dpor_UnknownInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_dpor_unknown = /** @type {((inputs?: Decide_Dpor_UnknownInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Dpor_UnknownInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_dpor_unknown(inputs)
	return __en.decide_dpor_unknown(inputs)
});
/**
* | output |
* | --- |
* | "DPOR could once be set for this kind of subscription, by the customer, one partner per subscription. It is no longer the way forward: PAL replaces it." |
*
* @param {Decide_Dpor_YesInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_dpor_yes = /** @type {((inputs?: Decide_Dpor_YesInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Dpor_YesInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_dpor_yes(inputs)
	return __en.decide_dpor_yes(inputs)
});
/**
* | output |
* | --- |
* | "Incentives too (such as partner earned credit)" |
*
* @param {Decide_Goal_IncentivesInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_goal_incentives = /** @type {((inputs?: Decide_Goal_IncentivesInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Goal_IncentivesInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_goal_incentives(inputs)
	return __en.decide_goal_incentives(inputs)
});
/**
* | output |
* | --- |
* | "Recognition (designations, specializations)" |
*
* @param {Decide_Goal_RecognitionInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_goal_recognition = /** @type {((inputs?: Decide_Goal_RecognitionInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Goal_RecognitionInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_goal_recognition(inputs)
	return __en.decide_goal_recognition(inputs)
});
/**
* | output |
* | --- |
* | "Four questions, and the app tells you what to use and what to do next, with the rules behind it." |
*
* @param {Decide_IntroInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_intro = /** @type {((inputs?: Decide_IntroInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_IntroInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_intro(inputs)
	return __en.decide_intro(inputs)
});
/**
* | output |
* | --- |
* | "Continue: give the partner access" |
*
* @param {Decide_Next_GrantInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_next_grant = /** @type {((inputs?: Decide_Next_GrantInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Next_GrantInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_next_grant(inputs)
	return __en.decide_next_grant(inputs)
});
/**
* | output |
* | --- |
* | "Continue: sign in and link" |
*
* @param {Decide_Next_LinkInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_next_link = /** @type {((inputs?: Decide_Next_LinkInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Next_LinkInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_next_link(inputs)
	return __en.decide_next_link(inputs)
});
/**
* | output |
* | --- |
* | "Not sure" |
*
* @param {Decide_Not_SureInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_not_sure = /** @type {((inputs?: Decide_Not_SureInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Not_SureInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_not_sure(inputs)
	return __en.decide_not_sure(inputs)
});
/**
* | output |
* | --- |
* | "What access does the partner have in the customer's directory now?" |
*
* @param {Decide_Q_AccessInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_q_access = /** @type {((inputs?: Decide_Q_AccessInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Q_AccessInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_q_access(inputs)
	return __en.decide_q_access(inputs)
});
/**
* | output |
* | --- |
* | "Who are you?" |
*
* @param {Decide_Q_AskerInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_q_asker = /** @type {((inputs?: Decide_Q_AskerInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Q_AskerInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_q_asker(inputs)
	return __en.decide_q_asker(inputs)
});
/**
* | output |
* | --- |
* | "What should the partner's work count for?" |
*
* @param {Decide_Q_GoalInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_q_goal = /** @type {((inputs?: Decide_Q_GoalInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Q_GoalInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_q_goal(inputs)
	return __en.decide_q_goal(inputs)
});
/**
* | output |
* | --- |
* | "What kind of Azure subscription is it?" |
*
* @param {Decide_Q_SubscriptionInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_q_subscription = /** @type {((inputs?: Decide_Q_SubscriptionInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Q_SubscriptionInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_q_subscription(inputs)
	return __en.decide_q_subscription(inputs)
});
/**
* | output |
* | --- |
* | "The partner's identity needs at least the {role} role on the subscriptions." |
*
* @param {Decide_RoleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_role = /** @type {((inputs: Decide_RoleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_RoleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_role(inputs)
	return __en.decide_role(inputs)
});
/**
* | output |
* | --- |
* | "The customer gives the partner's account or app the {role} role on the subscriptions the partner works on." |
*
* @param {Decide_Step_Give_RoleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_step_give_role = /** @type {((inputs: Decide_Step_Give_RoleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Step_Give_RoleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_step_give_role(inputs)
	return __en.decide_step_give_role(inputs)
});
/**
* | output |
* | --- |
* | "The customer invites the partner's user as a guest in their directory: a CSP admin-on-behalf-of session cannot link." |
*
* @param {Decide_Step_InviteInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_step_invite = /** @type {((inputs?: Decide_Step_InviteInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Step_InviteInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_step_invite(inputs)
	return __en.decide_step_invite(inputs)
});
/**
* | output |
* | --- |
* | "The customer deploys the partner's Azure Lighthouse offer (the partner sends it)." |
*
* @param {Decide_Step_Lighthouse_OfferInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_step_lighthouse_offer = /** @type {((inputs?: Decide_Step_Lighthouse_OfferInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Step_Lighthouse_OfferInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_step_lighthouse_offer(inputs)
	return __en.decide_step_lighthouse_offer(inputs)
});
/**
* | output |
* | --- |
* | "The partner signs in to each customer directory and links their partner ID there, once per directory." |
*
* @param {Decide_Step_Link_EachInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_step_link_each = /** @type {((inputs?: Decide_Step_Link_EachInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Step_Link_EachInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_step_link_each(inputs)
	return __en.decide_step_link_each(inputs)
});
/**
* | output |
* | --- |
* | "The partner links their partner ID in their own directory, on the account the delegation names." |
*
* @param {Decide_Step_Link_OwnInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_step_link_own = /** @type {((inputs?: Decide_Step_Link_OwnInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Step_Link_OwnInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_step_link_own(inputs)
	return __en.decide_step_link_own(inputs)
});
/**
* | output |
* | --- |
* | "The customer tells the partner it's done. The customer never enters a partner ID: the partner links it." |
*
* @param {Decide_Step_Tell_PartnerInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_step_tell_partner = /** @type {((inputs?: Decide_Step_Tell_PartnerInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Step_Tell_PartnerInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_step_tell_partner(inputs)
	return __en.decide_step_tell_partner(inputs)
});
/**
* | output |
* | --- |
* | "What to do, in order" |
*
* @param {Decide_StepsInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_steps = /** @type {((inputs?: Decide_StepsInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_StepsInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_steps(inputs)
	return __en.decide_steps(inputs)
});
/**
* | output |
* | --- |
* | "Azure plan (Microsoft Customer Agreement)" |
*
* @param {Decide_Sub_Azure_PlanInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_sub_azure_plan = /** @type {((inputs?: Decide_Sub_Azure_PlanInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Sub_Azure_PlanInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_sub_azure_plan(inputs)
	return __en.decide_sub_azure_plan(inputs)
});
/**
* | output |
* | --- |
* | "Bought through a Cloud Solution Provider (CSP)" |
*
* @param {Decide_Sub_CspInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_sub_csp = /** @type {((inputs?: Decide_Sub_CspInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Sub_CspInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_sub_csp(inputs)
	return __en.decide_sub_csp(inputs)
});
/**
* | output |
* | --- |
* | "Enterprise Agreement" |
*
* @param {Decide_Sub_EaInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_sub_ea = /** @type {((inputs?: Decide_Sub_EaInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Sub_EaInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_sub_ea(inputs)
	return __en.decide_sub_ea(inputs)
});
/**
* | output |
* | --- |
* | "Pay-as-you-go" |
*
* @param {Decide_Sub_PaygInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_sub_payg = /** @type {((inputs?: Decide_Sub_PaygInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Sub_PaygInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_sub_payg(inputs)
	return __en.decide_sub_payg(inputs)
});
/**
* | output |
* | --- |
* | "Show what to do" |
*
* @param {Decide_SubmitInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_submit = /** @type {((inputs?: Decide_SubmitInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_SubmitInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_submit(inputs)
	return __en.decide_submit(inputs)
});
/**
* | output |
* | --- |
* | "Help me decide" |
*
* @param {Decide_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_title = /** @type {((inputs?: Decide_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_title(inputs)
	return __en.decide_title(inputs)
});
/**
* | output |
* | --- |
* | "Use Partner Admin Link (PAL)." |
*
* @param {Decide_Use_PalInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_use_pal = /** @type {((inputs?: Decide_Use_PalInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_Use_PalInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_use_pal(inputs)
	return __en.decide_use_pal(inputs)
});
/**
* | output |
* | --- |
* | "Why" |
*
* @param {Decide_WhyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const decide_why = /** @type {((inputs?: Decide_WhyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decide_WhyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.decide_why(inputs)
	return __en.decide_why(inputs)
});
/**
* | output |
* | --- |
* | "What your access here earns" |
*
* @param {Dir_Access_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_access_heading = /** @type {((inputs?: Dir_Access_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Access_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_access_heading(inputs)
	return __en.dir_access_heading(inputs)
});
/**
* | output |
* | --- |
* | "DPOR would have applied" |
*
* @param {Dir_Col_DporInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_col_dpor = /** @type {((inputs?: Dir_Col_DporInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Col_DporInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_col_dpor(inputs)
	return __en.dir_col_dpor(inputs)
});
/**
* | output |
* | --- |
* | "Incentives" |
*
* @param {Dir_Col_IncentivesInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_col_incentives = /** @type {((inputs?: Dir_Col_IncentivesInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Col_IncentivesInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_col_incentives(inputs)
	return __en.dir_col_incentives(inputs)
});
/**
* | output |
* | --- |
* | "Type" |
*
* @param {Dir_Col_OfferInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_col_offer = /** @type {((inputs?: Dir_Col_OfferInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Col_OfferInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_col_offer(inputs)
	return __en.dir_col_offer(inputs)
});
/**
* | output |
* | --- |
* | "Recognition" |
*
* @param {Dir_Col_RecognitionInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_col_recognition = /** @type {((inputs?: Dir_Col_RecognitionInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Col_RecognitionInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_col_recognition(inputs)
	return __en.dir_col_recognition(inputs)
});
/**
* | output |
* | --- |
* | "Your role" |
*
* @param {Dir_Col_RoleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_col_role = /** @type {((inputs?: Dir_Col_RoleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Col_RoleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_col_role(inputs)
	return __en.dir_col_role(inputs)
});
/**
* | output |
* | --- |
* | "Subscription" |
*
* @param {Dir_Col_SubscriptionInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_col_subscription = /** @type {((inputs?: Dir_Col_SubscriptionInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Col_SubscriptionInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_col_subscription(inputs)
	return __en.dir_col_subscription(inputs)
});
/**
* | output |
* | --- |
* | "The link is copied." |
*
* @param {Dir_Consent_CopiedInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_consent_copied = /** @type {((inputs?: Dir_Consent_CopiedInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Consent_CopiedInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_consent_copied(inputs)
	return __en.dir_consent_copied(inputs)
});
/**
* | output |
* | --- |
* | "Copy the link" |
*
* @param {Dir_Consent_CopyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_consent_copy = /** @type {((inputs?: Dir_Consent_CopyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Consent_CopyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_consent_copy(inputs)
	return __en.dir_consent_copy(inputs)
});
/**
* | output |
* | --- |
* | "Your access here counts for recognition and for incentives." |
*
* @param {Dir_Earns_BothInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_earns_both = /** @type {((inputs?: Dir_Earns_BothInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Earns_BothInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_earns_both(inputs)
	return __en.dir_earns_both(inputs)
});
/**
* | output |
* | --- |
* | "Your access here earns nothing yet: the account has no Azure role that counts." |
*
* @param {Dir_Earns_NothingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_earns_nothing = /** @type {((inputs?: Dir_Earns_NothingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Earns_NothingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_earns_nothing(inputs)
	return __en.dir_earns_nothing(inputs)
});
/**
* | output |
* | --- |
* | "Your access here counts for recognition, but not for incentives: those need Contributor or Owner." |
*
* @param {Dir_Earns_RecognitionInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_earns_recognition = /** @type {((inputs?: Dir_Earns_RecognitionInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Earns_RecognitionInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_earns_recognition(inputs)
	return __en.dir_earns_recognition(inputs)
});
/**
* | output |
* | --- |
* | "Account used here: {name}" |
*
* @param {Dir_IdentityInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_identity = /** @type {((inputs: Dir_IdentityInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_IdentityInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_identity(inputs)
	return __en.dir_identity(inputs)
});
/**
* | output |
* | --- |
* | "Partner ID in this directory" |
*
* @param {Dir_Link_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_link_heading = /** @type {((inputs?: Dir_Link_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Link_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_link_heading(inputs)
	return __en.dir_link_heading(inputs)
});
/**
* | output |
* | --- |
* | "Linked to partner ID {id}." |
*
* @param {Dir_LinkedInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_linked = /** @type {((inputs: Dir_LinkedInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_LinkedInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_linked(inputs)
	return __en.dir_linked(inputs)
});
/**
* | output |
* | --- |
* | "Linked to partner ID {id} ({name})." |
*
* @param {Dir_Linked_NameInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_linked_name = /** @type {((inputs: Dir_Linked_NameInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Linked_NameInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_linked_name(inputs)
	return __en.dir_linked_name(inputs)
});
/**
* | output |
* | --- |
* | "Reading the link and your access in this directory…" |
*
* @param {Dir_LoadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_loading = /** @type {((inputs?: Dir_LoadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_LoadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_loading(inputs)
	return __en.dir_loading(inputs)
});
/**
* | output |
* | --- |
* | "Send this link to an administrator of this customer's directory. Once they have approved the app, open this directory again." |
*
* @param {Dir_Needs_Consent_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_needs_consent_body = /** @type {((inputs?: Dir_Needs_Consent_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Needs_Consent_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_needs_consent_body(inputs)
	return __en.dir_needs_consent_body(inputs)
});
/**
* | output |
* | --- |
* | "The customer's administrator must approve the sign-in app first" |
*
* @param {Dir_Needs_Consent_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_needs_consent_heading = /** @type {((inputs?: Dir_Needs_Consent_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Needs_Consent_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_needs_consent_heading(inputs)
	return __en.dir_needs_consent_heading(inputs)
});
/**
* | output |
* | --- |
* | "It needs an extra check, such as multifactor authentication, that your first sign-in did not include. You do this once for this directory." |
*
* @param {Dir_Needs_Sign_In_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_needs_sign_in_body = /** @type {((inputs?: Dir_Needs_Sign_In_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Needs_Sign_In_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_needs_sign_in_body(inputs)
	return __en.dir_needs_sign_in_body(inputs)
});
/**
* | output |
* | --- |
* | "This directory asks you to sign in again" |
*
* @param {Dir_Needs_Sign_In_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_needs_sign_in_heading = /** @type {((inputs?: Dir_Needs_Sign_In_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Needs_Sign_In_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_needs_sign_in_heading(inputs)
	return __en.dir_needs_sign_in_heading(inputs)
});
/**
* | output |
* | --- |
* | "None" |
*
* @param {Dir_No_RoleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_no_role = /** @type {((inputs?: Dir_No_RoleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_No_RoleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_no_role(inputs)
	return __en.dir_no_role(inputs)
});
/**
* | output |
* | --- |
* | "No partner ID is linked for this account in this directory yet." |
*
* @param {Dir_Not_LinkedInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_not_linked = /** @type {((inputs?: Dir_Not_LinkedInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Not_LinkedInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_not_linked(inputs)
	return __en.dir_not_linked(inputs)
});
/**
* | output |
* | --- |
* | "Open this directory again" |
*
* @param {Dir_Open_AgainInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_open_again = /** @type {((inputs?: Dir_Open_AgainInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Open_AgainInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_open_again(inputs)
	return __en.dir_open_again(inputs)
});
/**
* | output |
* | --- |
* | "Sign in to this directory" |
*
* @param {Dir_Sign_InInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_sign_in = /** @type {((inputs?: Dir_Sign_InInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Sign_InInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_sign_in(inputs)
	return __en.dir_sign_in(inputs)
});
/**
* | output |
* | --- |
* | "Your subscriptions here: role, recognition, incentives and DPOR" |
*
* @param {Dir_Table_CaptionInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_table_caption = /** @type {((inputs?: Dir_Table_CaptionInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Table_CaptionInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_table_caption(inputs)
	return __en.dir_table_caption(inputs)
});
/**
* | output |
* | --- |
* | "The directory you typed: {id}" |
*
* @param {Dir_Typed_IdInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_typed_id = /** @type {((inputs: Dir_Typed_IdInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Typed_IdInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_typed_id(inputs)
	return __en.dir_typed_id(inputs)
});
/**
* | output |
* | --- |
* | "A customer's directory" |
*
* @param {Dir_Typed_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dir_typed_title = /** @type {((inputs?: Dir_Typed_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dir_Typed_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dir_typed_title(inputs)
	return __en.dir_typed_title(inputs)
});
/**
* | output |
* | --- |
* | "Account" |
*
* @param {Dirs_Account_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dirs_account_label = /** @type {((inputs?: Dirs_Account_LabelInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dirs_Account_LabelInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dirs_account_label(inputs)
	return __en.dirs_account_label(inputs)
});
/**
* | output |
* | --- |
* | "See every directory at once" |
*
* @param {Dirs_All_At_OnceInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dirs_all_at_once = /** @type {((inputs?: Dirs_All_At_OnceInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dirs_All_At_OnceInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dirs_all_at_once(inputs)
	return __en.dirs_all_at_once(inputs)
});
/**
* | output |
* | --- |
* | "Where your partner ID is linked in all of them, and link many in one go." |
*
* @param {Dirs_All_At_Once_HintInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dirs_all_at_once_hint = /** @type {((inputs?: Dirs_All_At_Once_HintInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dirs_All_At_Once_HintInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dirs_all_at_once_hint(inputs)
	return __en.dirs_all_at_once_hint(inputs)
});
/**
* | output |
* | --- |
* | "Customer, where you are a guest" |
*
* @param {Dirs_GuestInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dirs_guest = /** @type {((inputs?: Dirs_GuestInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dirs_GuestInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dirs_guest(inputs)
	return __en.dirs_guest(inputs)
});
/**
* | output |
* | --- |
* | "Your organization" |
*
* @param {Dirs_HomeInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dirs_home = /** @type {((inputs?: Dirs_HomeInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dirs_HomeInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dirs_home(inputs)
	return __en.dirs_home(inputs)
});
/**
* | output |
* | --- |
* | "The partner ID is linked once in each directory, on the account you use there. Choose the directory of the customer you work for." |
*
* @param {Dirs_IntroInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dirs_intro = /** @type {((inputs?: Dirs_IntroInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dirs_IntroInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dirs_intro(inputs)
	return __en.dirs_intro(inputs)
});
/**
* | output |
* | --- |
* | "Directories" |
*
* @param {Dirs_List_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dirs_list_label = /** @type {((inputs?: Dirs_List_LabelInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dirs_List_LabelInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dirs_list_label(inputs)
	return __en.dirs_list_label(inputs)
});
/**
* | output |
* | --- |
* | "Finding the directories this account reaches…" |
*
* @param {Dirs_LoadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dirs_loading = /** @type {((inputs?: Dirs_LoadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dirs_LoadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dirs_loading(inputs)
	return __en.dirs_loading(inputs)
});
/**
* | output |
* | --- |
* | "Sign in first." |
*
* @param {Dirs_No_AccountInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dirs_no_account = /** @type {((inputs?: Dirs_No_AccountInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dirs_No_AccountInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dirs_no_account(inputs)
	return __en.dirs_no_account(inputs)
});
/**
* | output |
* | --- |
* | "This account reaches no directory." |
*
* @param {Dirs_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dirs_none = /** @type {((inputs?: Dirs_NoneInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dirs_NoneInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dirs_none(inputs)
	return __en.dirs_none(inputs)
});
/**
* | output |
* | --- |
* | "A customer you reach through Partner Center as a CSP partner is not listed here. Type the directory's ID or domain to open it." |
*
* @param {Dirs_Other_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dirs_other_body = /** @type {((inputs?: Dirs_Other_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dirs_Other_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dirs_other_body(inputs)
	return __en.dirs_other_body(inputs)
});
/**
* | output |
* | --- |
* | "A directory that is not in the list" |
*
* @param {Dirs_Other_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dirs_other_heading = /** @type {((inputs?: Dirs_Other_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dirs_Other_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dirs_other_heading(inputs)
	return __en.dirs_other_heading(inputs)
});
/**
* | output |
* | --- |
* | "Directory ID or domain" |
*
* @param {Dirs_Other_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dirs_other_label = /** @type {((inputs?: Dirs_Other_LabelInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dirs_Other_LabelInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dirs_other_label(inputs)
	return __en.dirs_other_label(inputs)
});
/**
* | output |
* | --- |
* | "Open this directory" |
*
* @param {Dirs_Other_OpenInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dirs_other_open = /** @type {((inputs?: Dirs_Other_OpenInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dirs_Other_OpenInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dirs_other_open(inputs)
	return __en.dirs_other_open(inputs)
});
/**
* | output |
* | --- |
* | "Signed in" |
*
* @param {Dirs_ReadyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dirs_ready = /** @type {((inputs?: Dirs_ReadyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dirs_ReadyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dirs_ready(inputs)
	return __en.dirs_ready(inputs)
});
/**
* | output |
* | --- |
* | "Go to sign-in" |
*
* @param {Dirs_Sign_InInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dirs_sign_in = /** @type {((inputs?: Dirs_Sign_InInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dirs_Sign_InInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dirs_sign_in(inputs)
	return __en.dirs_sign_in(inputs)
});
/**
* | output |
* | --- |
* | "Choose a customer's directory" |
*
* @param {Dirs_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const dirs_title = /** @type {((inputs?: Dirs_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dirs_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.dirs_title(inputs)
	return __en.dirs_title(inputs)
});
/**
* | output |
* | --- |
* | "Microsoft no longer accepts your sign-in for this directory, even after the app renewed it. Your access may have been changed or your session ended." |
*
* @param {Error_Access_Token_Rejected_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_access_token_rejected_body = /** @type {((inputs?: Error_Access_Token_Rejected_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Access_Token_Rejected_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_access_token_rejected_body(inputs)
	return __en.error_access_token_rejected_body(inputs)
});
/**
* | output |
* | --- |
* | "Sign in again to this directory, then try again." |
*
* @param {Error_Access_Token_Rejected_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_access_token_rejected_next = /** @type {((inputs?: Error_Access_Token_Rejected_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Access_Token_Rejected_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_access_token_rejected_next(inputs)
	return __en.error_access_token_rejected_next(inputs)
});
/**
* | output |
* | --- |
* | "Please sign in again" |
*
* @param {Error_Access_Token_Rejected_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_access_token_rejected_title = /** @type {((inputs?: Error_Access_Token_Rejected_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Access_Token_Rejected_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_access_token_rejected_title(inputs)
	return __en.error_access_token_rejected_title(inputs)
});
/**
* | output |
* | --- |
* | "The account you signed in with hasn't been added to this customer's directory, so Microsoft won't let it in." |
*
* @param {Error_Account_Not_In_Directory_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_account_not_in_directory_body = /** @type {((inputs?: Error_Account_Not_In_Directory_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Account_Not_In_Directory_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_account_not_in_directory_body(inputs)
	return __en.error_account_not_in_directory_body(inputs)
});
/**
* | output |
* | --- |
* | "Sign in with the account the customer invited, or ask the customer's administrator to invite this account as a guest, then try again." |
*
* @param {Error_Account_Not_In_Directory_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_account_not_in_directory_next = /** @type {((inputs?: Error_Account_Not_In_Directory_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Account_Not_In_Directory_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_account_not_in_directory_next(inputs)
	return __en.error_account_not_in_directory_next(inputs)
});
/**
* | output |
* | --- |
* | "This account isn't in that directory" |
*
* @param {Error_Account_Not_In_Directory_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_account_not_in_directory_title = /** @type {((inputs?: Error_Account_Not_In_Directory_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Account_Not_In_Directory_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_account_not_in_directory_title(inputs)
	return __en.error_account_not_in_directory_title(inputs)
});
/**
* | output |
* | --- |
* | "The app your organization registered for signing in isn't known in this directory yet, or its application (client) ID in the settings is wrong." |
*
* @param {Error_App_Not_In_Directory_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_app_not_in_directory_body = /** @type {((inputs?: Error_App_Not_In_Directory_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_App_Not_In_Directory_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_app_not_in_directory_body(inputs)
	return __en.error_app_not_in_directory_body(inputs)
});
/**
* | output |
* | --- |
* | "Check the client ID in the settings. If it is right, send the approval link from the details below to that directory's administrator, then sign in again." |
*
* @param {Error_App_Not_In_Directory_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_app_not_in_directory_next = /** @type {((inputs?: Error_App_Not_In_Directory_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_App_Not_In_Directory_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_app_not_in_directory_next(inputs)
	return __en.error_app_not_in_directory_next(inputs)
});
/**
* | output |
* | --- |
* | "The sign-in app isn't set up in that directory" |
*
* @param {Error_App_Not_In_Directory_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_app_not_in_directory_title = /** @type {((inputs?: Error_App_Not_In_Directory_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_App_Not_In_Directory_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_app_not_in_directory_title(inputs)
	return __en.error_app_not_in_directory_title(inputs)
});
/**
* | output |
* | --- |
* | "This directory asks for an extra check, such as multifactor authentication, that the Azure CLI's sign-in has not done yet." |
*
* @param {Error_Azure_Cli_Sign_In_Needed_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_azure_cli_sign_in_needed_body = /** @type {((inputs?: Error_Azure_Cli_Sign_In_Needed_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Azure_Cli_Sign_In_Needed_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_azure_cli_sign_in_needed_body(inputs)
	return __en.error_azure_cli_sign_in_needed_body(inputs)
});
/**
* | output |
* | --- |
* | "In a terminal, run the \"az login\" command shown in the details, then open this directory again." |
*
* @param {Error_Azure_Cli_Sign_In_Needed_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_azure_cli_sign_in_needed_next = /** @type {((inputs?: Error_Azure_Cli_Sign_In_Needed_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Azure_Cli_Sign_In_Needed_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_azure_cli_sign_in_needed_next(inputs)
	return __en.error_azure_cli_sign_in_needed_next(inputs)
});
/**
* | output |
* | --- |
* | "The Azure CLI must sign in to this directory" |
*
* @param {Error_Azure_Cli_Sign_In_Needed_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_azure_cli_sign_in_needed_title = /** @type {((inputs?: Error_Azure_Cli_Sign_In_Needed_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Azure_Cli_Sign_In_Needed_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_azure_cli_sign_in_needed_title(inputs)
	return __en.error_azure_cli_sign_in_needed_title(inputs)
});
/**
* | output |
* | --- |
* | "Either the Azure CLI (az) is not installed on this computer, or nobody is signed in to it." |
*
* @param {Error_Azure_Cli_Unavailable_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_azure_cli_unavailable_body = /** @type {((inputs?: Error_Azure_Cli_Unavailable_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Azure_Cli_Unavailable_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_azure_cli_unavailable_body(inputs)
	return __en.error_azure_cli_unavailable_body(inputs)
});
/**
* | output |
* | --- |
* | "Sign in to the Azure CLI with \"az login\" in a terminal and try again, or choose another way to sign in." |
*
* @param {Error_Azure_Cli_Unavailable_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_azure_cli_unavailable_next = /** @type {((inputs?: Error_Azure_Cli_Unavailable_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Azure_Cli_Unavailable_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_azure_cli_unavailable_next(inputs)
	return __en.error_azure_cli_unavailable_next(inputs)
});
/**
* | output |
* | --- |
* | "The Azure CLI can't be used here" |
*
* @param {Error_Azure_Cli_Unavailable_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_azure_cli_unavailable_title = /** @type {((inputs?: Error_Azure_Cli_Unavailable_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Azure_Cli_Unavailable_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_azure_cli_unavailable_title(inputs)
	return __en.error_azure_cli_unavailable_title(inputs)
});
/**
* | output |
* | --- |
* | "Azure answered with a server error several times in a row. This is usually temporary and on Microsoft's side." |
*
* @param {Error_Azure_Unavailable_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_azure_unavailable_body = /** @type {((inputs?: Error_Azure_Unavailable_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Azure_Unavailable_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_azure_unavailable_body(inputs)
	return __en.error_azure_unavailable_body(inputs)
});
/**
* | output |
* | --- |
* | "Wait a few minutes, then try again. The app checks whether the change was made before it repeats anything." |
*
* @param {Error_Azure_Unavailable_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_azure_unavailable_next = /** @type {((inputs?: Error_Azure_Unavailable_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Azure_Unavailable_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_azure_unavailable_next(inputs)
	return __en.error_azure_unavailable_next(inputs)
});
/**
* | output |
* | --- |
* | "Microsoft's service isn't answering properly" |
*
* @param {Error_Azure_Unavailable_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_azure_unavailable_title = /** @type {((inputs?: Error_Azure_Unavailable_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Azure_Unavailable_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_azure_unavailable_title(inputs)
	return __en.error_azure_unavailable_title(inputs)
});
/**
* | output |
* | --- |
* | "The screen is open, but the part of the app that does the work isn't answering, so nothing can be checked or changed right now. You can still read the explan..." |
*
* @param {Error_Backend_Unavailable_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_backend_unavailable_body = /** @type {((inputs?: Error_Backend_Unavailable_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Backend_Unavailable_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_backend_unavailable_body(inputs)
	return __en.error_backend_unavailable_body(inputs)
});
/**
* | output |
* | --- |
* | "Close the app and open it again. If this keeps happening, send the details below to whoever helps you with this app." |
*
* @param {Error_Backend_Unavailable_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_backend_unavailable_next = /** @type {((inputs?: Error_Backend_Unavailable_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Backend_Unavailable_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_backend_unavailable_next(inputs)
	return __en.error_backend_unavailable_next(inputs)
});
/**
* | output |
* | --- |
* | "This window can't reach the rest of the app" |
*
* @param {Error_Backend_Unavailable_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_backend_unavailable_title = /** @type {((inputs?: Error_Backend_Unavailable_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Backend_Unavailable_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_backend_unavailable_title(inputs)
	return __en.error_backend_unavailable_title(inputs)
});
/**
* | output |
* | --- |
* | "This customer's directory has a Conditional Access policy that doesn't allow this sign-in, for example from this device, place or app." |
*
* @param {Error_Blocked_By_Conditional_Access_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_blocked_by_conditional_access_body = /** @type {((inputs?: Error_Blocked_By_Conditional_Access_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Blocked_By_Conditional_Access_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_blocked_by_conditional_access_body(inputs)
	return __en.error_blocked_by_conditional_access_body(inputs)
});
/**
* | output |
* | --- |
* | "Ask the customer's administrator which rule blocked you (the details below help them find it), or try from a device or network the customer allows." |
*
* @param {Error_Blocked_By_Conditional_Access_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_blocked_by_conditional_access_next = /** @type {((inputs?: Error_Blocked_By_Conditional_Access_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Blocked_By_Conditional_Access_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_blocked_by_conditional_access_next(inputs)
	return __en.error_blocked_by_conditional_access_next(inputs)
});
/**
* | output |
* | --- |
* | "The customer's security rules blocked this sign-in" |
*
* @param {Error_Blocked_By_Conditional_Access_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_blocked_by_conditional_access_title = /** @type {((inputs?: Error_Blocked_By_Conditional_Access_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Blocked_By_Conditional_Access_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_blocked_by_conditional_access_title(inputs)
	return __en.error_blocked_by_conditional_access_title(inputs)
});
/**
* | output |
* | --- |
* | "Microsoft refused the application (client) ID or its secret. The secret may be wrong or expired, or the app may not exist in this directory." |
*
* @param {Error_Client_Credentials_Rejected_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_client_credentials_rejected_body = /** @type {((inputs?: Error_Client_Credentials_Rejected_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Client_Credentials_Rejected_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_client_credentials_rejected_body(inputs)
	return __en.error_client_credentials_rejected_body(inputs)
});
/**
* | output |
* | --- |
* | "Check the client ID and secret in the Azure portal (App registrations, Certificates & secrets). Create a new secret if it has expired, then try again." |
*
* @param {Error_Client_Credentials_Rejected_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_client_credentials_rejected_next = /** @type {((inputs?: Error_Client_Credentials_Rejected_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Client_Credentials_Rejected_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_client_credentials_rejected_next(inputs)
	return __en.error_client_credentials_rejected_next(inputs)
});
/**
* | output |
* | --- |
* | "The app registration couldn't sign in" |
*
* @param {Error_Client_Credentials_Rejected_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_client_credentials_rejected_title = /** @type {((inputs?: Error_Client_Credentials_Rejected_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Client_Credentials_Rejected_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_client_credentials_rejected_title(inputs)
	return __en.error_client_credentials_rejected_title(inputs)
});
/**
* | output |
* | --- |
* | "Changing or removing a partner ID that is already linked affects who gets recognition, so the app needs your confirmation before doing it." |
*
* @param {Error_Confirmation_Required_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_confirmation_required_body = /** @type {((inputs?: Error_Confirmation_Required_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Confirmation_Required_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_confirmation_required_body(inputs)
	return __en.error_confirmation_required_body(inputs)
});
/**
* | output |
* | --- |
* | "Read what will change, then confirm it. On the command line, add --yes." |
*
* @param {Error_Confirmation_Required_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_confirmation_required_next = /** @type {((inputs?: Error_Confirmation_Required_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Confirmation_Required_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_confirmation_required_next(inputs)
	return __en.error_confirmation_required_next(inputs)
});
/**
* | output |
* | --- |
* | "Please confirm the change first" |
*
* @param {Error_Confirmation_Required_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_confirmation_required_title = /** @type {((inputs?: Error_Confirmation_Required_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Confirmation_Required_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_confirmation_required_title(inputs)
	return __en.error_confirmation_required_title(inputs)
});
/**
* | output |
* | --- |
* | "This customer's directory hasn't approved the app you use to sign in, and only an administrator there can approve it." |
*
* @param {Error_Consent_Required_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_consent_required_body = /** @type {((inputs?: Error_Consent_Required_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Consent_Required_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_consent_required_body(inputs)
	return __en.error_consent_required_body(inputs)
});
/**
* | output |
* | --- |
* | "Send the approval link from the details below to the customer's administrator. Once they approve it, sign in again." |
*
* @param {Error_Consent_Required_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_consent_required_next = /** @type {((inputs?: Error_Consent_Required_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Consent_Required_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_consent_required_next(inputs)
	return __en.error_consent_required_next(inputs)
});
/**
* | output |
* | --- |
* | "The customer's administrator must approve this app" |
*
* @param {Error_Consent_Required_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_consent_required_title = /** @type {((inputs?: Error_Consent_Required_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Consent_Required_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_consent_required_title(inputs)
	return __en.error_consent_required_title(inputs)
});
/**
* | output |
* | --- |
* | "Copied." |
*
* @param {Error_CopiedInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_copied = /** @type {((inputs?: Error_CopiedInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_CopiedInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_copied(inputs)
	return __en.error_copied(inputs)
});
/**
* | output |
* | --- |
* | "Copy details" |
*
* @param {Error_CopyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_copy = /** @type {((inputs?: Error_CopyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_CopyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_copy(inputs)
	return __en.error_copy(inputs)
});
/**
* | output |
* | --- |
* | "Couldn't copy. Select the text above and copy it yourself." |
*
* @param {Error_Copy_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_copy_failed = /** @type {((inputs?: Error_Copy_FailedInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Copy_FailedInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_copy_failed(inputs)
	return __en.error_copy_failed(inputs)
});
/**
* | output |
* | --- |
* | "You reached this customer directory as a Cloud Solution Provider (admin on behalf of), without an account of your own there. Microsoft doesn't allow linking ..." |
*
* @param {Error_Csp_Admin_On_Behalf_Of_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_csp_admin_on_behalf_of_body = /** @type {((inputs?: Error_Csp_Admin_On_Behalf_Of_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Csp_Admin_On_Behalf_Of_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_csp_admin_on_behalf_of_body(inputs)
	return __en.error_csp_admin_on_behalf_of_body(inputs)
});
/**
* | output |
* | --- |
* | "Ask the customer to invite your account as a guest in their directory and give it a role. Then sign in with that account and link your partner ID." |
*
* @param {Error_Csp_Admin_On_Behalf_Of_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_csp_admin_on_behalf_of_next = /** @type {((inputs?: Error_Csp_Admin_On_Behalf_Of_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Csp_Admin_On_Behalf_Of_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_csp_admin_on_behalf_of_next(inputs)
	return __en.error_csp_admin_on_behalf_of_next(inputs)
});
/**
* | output |
* | --- |
* | "You're signed in through your CSP relationship" |
*
* @param {Error_Csp_Admin_On_Behalf_Of_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_csp_admin_on_behalf_of_title = /** @type {((inputs?: Error_Csp_Admin_On_Behalf_Of_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Csp_Admin_On_Behalf_Of_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_csp_admin_on_behalf_of_title(inputs)
	return __en.error_csp_admin_on_behalf_of_title(inputs)
});
/**
* | output |
* | --- |
* | "Details" |
*
* @param {Error_DetailsInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_details = /** @type {((inputs?: Error_DetailsInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_DetailsInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_details(inputs)
	return __en.error_details(inputs)
});
/**
* | output |
* | --- |
* | "Technical details, in English, for whoever helps you:" |
*
* @param {Error_Details_IntroInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_details_intro = /** @type {((inputs?: Error_Details_IntroInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Details_IntroInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_details_intro(inputs)
	return __en.error_details_intro(inputs)
});
/**
* | output |
* | --- |
* | "Microsoft couldn't find a directory with this ID or domain name. It may be mistyped, or the directory may have been deleted." |
*
* @param {Error_Directory_Not_Found_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_directory_not_found_body = /** @type {((inputs?: Error_Directory_Not_Found_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Directory_Not_Found_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_directory_not_found_body(inputs)
	return __en.error_directory_not_found_body(inputs)
});
/**
* | output |
* | --- |
* | "Check the directory (tenant) ID or domain with the customer and try again." |
*
* @param {Error_Directory_Not_Found_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_directory_not_found_next = /** @type {((inputs?: Error_Directory_Not_Found_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Directory_Not_Found_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_directory_not_found_next(inputs)
	return __en.error_directory_not_found_next(inputs)
});
/**
* | output |
* | --- |
* | "That directory doesn't exist" |
*
* @param {Error_Directory_Not_Found_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_directory_not_found_title = /** @type {((inputs?: Error_Directory_Not_Found_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Directory_Not_Found_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_directory_not_found_title(inputs)
	return __en.error_directory_not_found_title(inputs)
});
/**
* | output |
* | --- |
* | "In this customer directory, your account doesn't have the permission this step needs." |
*
* @param {Error_Forbidden_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_forbidden_body = /** @type {((inputs?: Error_Forbidden_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Forbidden_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_forbidden_body(inputs)
	return __en.error_forbidden_body(inputs)
});
/**
* | output |
* | --- |
* | "Ask the customer's administrator to give your account a role on their Azure subscriptions, then try again." |
*
* @param {Error_Forbidden_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_forbidden_next = /** @type {((inputs?: Error_Forbidden_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Forbidden_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_forbidden_next(inputs)
	return __en.error_forbidden_next(inputs)
});
/**
* | output |
* | --- |
* | "Your account isn't allowed to do this here" |
*
* @param {Error_Forbidden_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_forbidden_title = /** @type {((inputs?: Error_Forbidden_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Forbidden_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_forbidden_title(inputs)
	return __en.error_forbidden_title(inputs)
});
/**
* | output |
* | --- |
* | "The app ran into a problem it didn't expect." |
*
* @param {Error_Internal_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_internal_body = /** @type {((inputs?: Error_Internal_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Internal_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_internal_body(inputs)
	return __en.error_internal_body(inputs)
});
/**
* | output |
* | --- |
* | "Try again. If it happens again, copy the details below and send them to whoever helps you with this app." |
*
* @param {Error_Internal_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_internal_next = /** @type {((inputs?: Error_Internal_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Internal_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_internal_next(inputs)
	return __en.error_internal_next(inputs)
});
/**
* | output |
* | --- |
* | "Something went wrong inside the app" |
*
* @param {Error_Internal_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_internal_title = /** @type {((inputs?: Error_Internal_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Internal_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_internal_title(inputs)
	return __en.error_internal_title(inputs)
});
/**
* | output |
* | --- |
* | "The app couldn't use what was entered." |
*
* @param {Error_Invalid_Input_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_invalid_input_body = /** @type {((inputs?: Error_Invalid_Input_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Invalid_Input_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_invalid_input_body(inputs)
	return __en.error_invalid_input_body(inputs)
});
/**
* | output |
* | --- |
* | "Check what you entered and try again." |
*
* @param {Error_Invalid_Input_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_invalid_input_next = /** @type {((inputs?: Error_Invalid_Input_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Invalid_Input_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_invalid_input_next(inputs)
	return __en.error_invalid_input_next(inputs)
});
/**
* | output |
* | --- |
* | "Something entered doesn't look right" |
*
* @param {Error_Invalid_Input_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_invalid_input_title = /** @type {((inputs?: Error_Invalid_Input_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Invalid_Input_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_invalid_input_title(inputs)
	return __en.error_invalid_input_title(inputs)
});
/**
* | output |
* | --- |
* | "A partner ID is a number, usually 6 or 7 digits. What was entered isn't one, or Microsoft doesn't know it." |
*
* @param {Error_Invalid_Partner_Id_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_invalid_partner_id_body = /** @type {((inputs?: Error_Invalid_Partner_Id_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Invalid_Partner_Id_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_invalid_partner_id_body(inputs)
	return __en.error_invalid_partner_id_body(inputs)
});
/**
* | output |
* | --- |
* | "Open Partner Center, go to Account settings, then Identifiers, and copy the \"Associated PartnerID\". Paste it here and try again." |
*
* @param {Error_Invalid_Partner_Id_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_invalid_partner_id_next = /** @type {((inputs?: Error_Invalid_Partner_Id_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Invalid_Partner_Id_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_invalid_partner_id_next(inputs)
	return __en.error_invalid_partner_id_next(inputs)
});
/**
* | output |
* | --- |
* | "That isn't a partner ID" |
*
* @param {Error_Invalid_Partner_Id_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_invalid_partner_id_title = /** @type {((inputs?: Error_Invalid_Partner_Id_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Invalid_Partner_Id_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_invalid_partner_id_title(inputs)
	return __en.error_invalid_partner_id_title(inputs)
});
/**
* | output |
* | --- |
* | "Microsoft refused the invitation, for example because that address already belongs to a member of your directory." |
*
* @param {Error_Invitation_Failed_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_invitation_failed_body = /** @type {((inputs?: Error_Invitation_Failed_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Invitation_Failed_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_invitation_failed_body(inputs)
	return __en.error_invitation_failed_body(inputs)
});
/**
* | output |
* | --- |
* | "Look the partner up by email address instead. If they aren't found, check the address with the partner and try again; the details below say what Microsoft an..." |
*
* @param {Error_Invitation_Failed_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_invitation_failed_next = /** @type {((inputs?: Error_Invitation_Failed_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Invitation_Failed_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_invitation_failed_next(inputs)
	return __en.error_invitation_failed_next(inputs)
});
/**
* | output |
* | --- |
* | "The invitation couldn't be made" |
*
* @param {Error_Invitation_Failed_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_invitation_failed_title = /** @type {((inputs?: Error_Invitation_Failed_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Invitation_Failed_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_invitation_failed_title(inputs)
	return __en.error_invitation_failed_title(inputs)
});
/**
* | output |
* | --- |
* | "The app keeps sign-ins in your system's password storage (keychain), and it is locked." |
*
* @param {Error_Keychain_Locked_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_keychain_locked_body = /** @type {((inputs?: Error_Keychain_Locked_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Keychain_Locked_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_keychain_locked_body(inputs)
	return __en.error_keychain_locked_body(inputs)
});
/**
* | output |
* | --- |
* | "Unlock it (usually with your computer password) and try again, or sign in for this session only." |
*
* @param {Error_Keychain_Locked_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_keychain_locked_next = /** @type {((inputs?: Error_Keychain_Locked_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Keychain_Locked_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_keychain_locked_next(inputs)
	return __en.error_keychain_locked_next(inputs)
});
/**
* | output |
* | --- |
* | "Your system's password storage is locked" |
*
* @param {Error_Keychain_Locked_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_keychain_locked_title = /** @type {((inputs?: Error_Keychain_Locked_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Keychain_Locked_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_keychain_locked_title(inputs)
	return __en.error_keychain_locked_title(inputs)
});
/**
* | output |
* | --- |
* | "The app keeps sign-ins in your system's password storage (keychain), and none is available right now." |
*
* @param {Error_Keychain_Unavailable_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_keychain_unavailable_body = /** @type {((inputs?: Error_Keychain_Unavailable_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Keychain_Unavailable_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_keychain_unavailable_body(inputs)
	return __en.error_keychain_unavailable_body(inputs)
});
/**
* | output |
* | --- |
* | "Sign in for this session only (you'll sign in again next time), or ask your IT team to turn on the system's password storage." |
*
* @param {Error_Keychain_Unavailable_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_keychain_unavailable_next = /** @type {((inputs?: Error_Keychain_Unavailable_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Keychain_Unavailable_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_keychain_unavailable_next(inputs)
	return __en.error_keychain_unavailable_next(inputs)
});
/**
* | output |
* | --- |
* | "Your sign-in can't be saved on this computer" |
*
* @param {Error_Keychain_Unavailable_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_keychain_unavailable_title = /** @type {((inputs?: Error_Keychain_Unavailable_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Keychain_Unavailable_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_keychain_unavailable_title(inputs)
	return __en.error_keychain_unavailable_title(inputs)
});
/**
* | output |
* | --- |
* | "In this customer directory, your account is linked to a different partner ID than the one you entered. Only you can change that link." |
*
* @param {Error_Link_Conflict_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_link_conflict_body = /** @type {((inputs?: Error_Link_Conflict_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Link_Conflict_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_link_conflict_body(inputs)
	return __en.error_link_conflict_body(inputs)
});
/**
* | output |
* | --- |
* | "Look at the partner ID shown. If it should be yours, choose to change it and confirm. If it belongs to another partner, leave it as it is." |
*
* @param {Error_Link_Conflict_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_link_conflict_next = /** @type {((inputs?: Error_Link_Conflict_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Link_Conflict_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_link_conflict_next(inputs)
	return __en.error_link_conflict_next(inputs)
});
/**
* | output |
* | --- |
* | "This account is already linked to another partner ID" |
*
* @param {Error_Link_Conflict_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_link_conflict_title = /** @type {((inputs?: Error_Link_Conflict_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Link_Conflict_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_link_conflict_title(inputs)
	return __en.error_link_conflict_title(inputs)
});
/**
* | output |
* | --- |
* | "This customer's directory asks for multifactor authentication (for example a code from your authenticator app) before it lets you in." |
*
* @param {Error_Mfa_Required_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_mfa_required_body = /** @type {((inputs?: Error_Mfa_Required_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Mfa_Required_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_mfa_required_body(inputs)
	return __en.error_mfa_required_body(inputs)
});
/**
* | output |
* | --- |
* | "Sign in to this directory again and complete the extra check when Microsoft asks for it." |
*
* @param {Error_Mfa_Required_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_mfa_required_next = /** @type {((inputs?: Error_Mfa_Required_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Mfa_Required_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_mfa_required_next(inputs)
	return __en.error_mfa_required_next(inputs)
});
/**
* | output |
* | --- |
* | "This directory needs an extra check" |
*
* @param {Error_Mfa_Required_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_mfa_required_title = /** @type {((inputs?: Error_Mfa_Required_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Mfa_Required_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_mfa_required_title(inputs)
	return __en.error_mfa_required_title(inputs)
});
/**
* | output |
* | --- |
* | "This directory requires multifactor authentication, and your account hasn't set it up yet." |
*
* @param {Error_Mfa_Setup_Required_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_mfa_setup_required_body = /** @type {((inputs?: Error_Mfa_Setup_Required_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Mfa_Setup_Required_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_mfa_setup_required_body(inputs)
	return __en.error_mfa_setup_required_body(inputs)
});
/**
* | output |
* | --- |
* | "Sign in to this directory again and follow Microsoft's steps to set up multifactor authentication (for example the Microsoft Authenticator app)." |
*
* @param {Error_Mfa_Setup_Required_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_mfa_setup_required_next = /** @type {((inputs?: Error_Mfa_Setup_Required_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Mfa_Setup_Required_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_mfa_setup_required_next(inputs)
	return __en.error_mfa_setup_required_next(inputs)
});
/**
* | output |
* | --- |
* | "Set up multifactor authentication first" |
*
* @param {Error_Mfa_Setup_Required_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_mfa_setup_required_title = /** @type {((inputs?: Error_Mfa_Setup_Required_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Mfa_Setup_Required_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_mfa_setup_required_title(inputs)
	return __en.error_mfa_setup_required_title(inputs)
});
/**
* | output |
* | --- |
* | "Your computer may be offline, or a network or firewall is blocking the connection." |
*
* @param {Error_Network_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_network_body = /** @type {((inputs?: Error_Network_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Network_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_network_body(inputs)
	return __en.error_network_body(inputs)
});
/**
* | output |
* | --- |
* | "Check your internet connection and try again. On a company network, your IT team may need to allow the connection." |
*
* @param {Error_Network_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_network_next = /** @type {((inputs?: Error_Network_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Network_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_network_next(inputs)
	return __en.error_network_next(inputs)
});
/**
* | output |
* | --- |
* | "The app couldn't reach Microsoft" |
*
* @param {Error_Network_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_network_title = /** @type {((inputs?: Error_Network_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Network_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_network_title(inputs)
	return __en.error_network_title(inputs)
});
/**
* | output |
* | --- |
* | "Only an Owner or a User Access Administrator of a subscription can give other people access to it, and your account is neither there. Nothing was changed." |
*
* @param {Error_Not_Allowed_To_Grant_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_not_allowed_to_grant_body = /** @type {((inputs?: Error_Not_Allowed_To_Grant_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Not_Allowed_To_Grant_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_not_allowed_to_grant_body(inputs)
	return __en.error_not_allowed_to_grant_body(inputs)
});
/**
* | output |
* | --- |
* | "Ask an Owner or User Access Administrator of that subscription to do this step, or to give you one of those roles first. In the Azure portal they are listed ..." |
*
* @param {Error_Not_Allowed_To_Grant_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_not_allowed_to_grant_next = /** @type {((inputs?: Error_Not_Allowed_To_Grant_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Not_Allowed_To_Grant_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_not_allowed_to_grant_next(inputs)
	return __en.error_not_allowed_to_grant_next(inputs)
});
/**
* | output |
* | --- |
* | "You can't give access to this subscription" |
*
* @param {Error_Not_Allowed_To_Grant_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_not_allowed_to_grant_title = /** @type {((inputs?: Error_Not_Allowed_To_Grant_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Not_Allowed_To_Grant_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_not_allowed_to_grant_title(inputs)
	return __en.error_not_allowed_to_grant_title(inputs)
});
/**
* | output |
* | --- |
* | "Your directory's settings don't let your account invite people from outside the organization. Nothing was sent." |
*
* @param {Error_Not_Allowed_To_Invite_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_not_allowed_to_invite_body = /** @type {((inputs?: Error_Not_Allowed_To_Invite_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Not_Allowed_To_Invite_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_not_allowed_to_invite_body(inputs)
	return __en.error_not_allowed_to_invite_body(inputs)
});
/**
* | output |
* | --- |
* | "Ask a Global Administrator or a Guest Inviter of your directory to invite the partner, or to allow you to invite guests (Microsoft Entra admin center, Extern..." |
*
* @param {Error_Not_Allowed_To_Invite_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_not_allowed_to_invite_next = /** @type {((inputs?: Error_Not_Allowed_To_Invite_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Not_Allowed_To_Invite_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_not_allowed_to_invite_next(inputs)
	return __en.error_not_allowed_to_invite_next(inputs)
});
/**
* | output |
* | --- |
* | "Your account can't invite guests here" |
*
* @param {Error_Not_Allowed_To_Invite_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_not_allowed_to_invite_title = /** @type {((inputs?: Error_Not_Allowed_To_Invite_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Not_Allowed_To_Invite_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_not_allowed_to_invite_title(inputs)
	return __en.error_not_allowed_to_invite_title(inputs)
});
/**
* | output |
* | --- |
* | "Microsoft's services don't know the directory or subscription the app asked about. It may have been removed, or it may belong to another account." |
*
* @param {Error_Not_Found_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_not_found_body = /** @type {((inputs?: Error_Not_Found_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Not_Found_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_not_found_body(inputs)
	return __en.error_not_found_body(inputs)
});
/**
* | output |
* | --- |
* | "Check that you are signed in with the right account and chose the right customer directory, then try again." |
*
* @param {Error_Not_Found_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_not_found_next = /** @type {((inputs?: Error_Not_Found_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Not_Found_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_not_found_next(inputs)
	return __en.error_not_found_next(inputs)
});
/**
* | output |
* | --- |
* | "Azure couldn't find it" |
*
* @param {Error_Not_Found_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_not_found_title = /** @type {((inputs?: Error_Not_Found_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Not_Found_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_not_found_title(inputs)
	return __en.error_not_found_title(inputs)
});
/**
* | output |
* | --- |
* | "The connection dropped while the change was being sent, and the app couldn't check the result afterwards. The change may or may not have happened." |
*
* @param {Error_Outcome_Unknown_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_outcome_unknown_body = /** @type {((inputs?: Error_Outcome_Unknown_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Outcome_Unknown_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_outcome_unknown_body(inputs)
	return __en.error_outcome_unknown_body(inputs)
});
/**
* | output |
* | --- |
* | "Check your connection, then look at the link's current status before trying again. The app will show whether the partner ID is linked." |
*
* @param {Error_Outcome_Unknown_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_outcome_unknown_next = /** @type {((inputs?: Error_Outcome_Unknown_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Outcome_Unknown_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_outcome_unknown_next(inputs)
	return __en.error_outcome_unknown_next(inputs)
});
/**
* | output |
* | --- |
* | "We couldn't confirm whether the change was made" |
*
* @param {Error_Outcome_Unknown_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_outcome_unknown_title = /** @type {((inputs?: Error_Outcome_Unknown_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Outcome_Unknown_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_outcome_unknown_title(inputs)
	return __en.error_outcome_unknown_title(inputs)
});
/**
* | output |
* | --- |
* | "Owner lets the partner do everything in the subscription, including giving access to other people and removing yours. Nothing was changed." |
*
* @param {Error_Owner_Needs_Acknowledgement_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_owner_needs_acknowledgement_body = /** @type {((inputs?: Error_Owner_Needs_Acknowledgement_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Owner_Needs_Acknowledgement_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_owner_needs_acknowledgement_body(inputs)
	return __en.error_owner_needs_acknowledgement_body(inputs)
});
/**
* | output |
* | --- |
* | "Choose Contributor if the partner doesn't manage access for you; it is enough for partner incentives. If Owner is really needed, tick the box that confirms y..." |
*
* @param {Error_Owner_Needs_Acknowledgement_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_owner_needs_acknowledgement_next = /** @type {((inputs?: Error_Owner_Needs_Acknowledgement_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Owner_Needs_Acknowledgement_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_owner_needs_acknowledgement_next(inputs)
	return __en.error_owner_needs_acknowledgement_next(inputs)
});
/**
* | output |
* | --- |
* | "Please confirm that you want to give Owner" |
*
* @param {Error_Owner_Needs_Acknowledgement_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_owner_needs_acknowledgement_title = /** @type {((inputs?: Error_Owner_Needs_Acknowledgement_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Owner_Needs_Acknowledgement_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_owner_needs_acknowledgement_title(inputs)
	return __en.error_owner_needs_acknowledgement_title(inputs)
});
/**
* | output |
* | --- |
* | "Microsoft offers Partner Admin Link only in the global Azure cloud. This directory is in a national cloud (such as Azure Government or Azure China), where it..." |
*
* @param {Error_Pal_Unavailable_In_Cloud_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_pal_unavailable_in_cloud_body = /** @type {((inputs?: Error_Pal_Unavailable_In_Cloud_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Pal_Unavailable_In_Cloud_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_pal_unavailable_in_cloud_body(inputs)
	return __en.error_pal_unavailable_in_cloud_body(inputs)
});
/**
* | output |
* | --- |
* | "Nothing can be linked here. Ask your Microsoft partner contact how your work in this cloud is recognized." |
*
* @param {Error_Pal_Unavailable_In_Cloud_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_pal_unavailable_in_cloud_next = /** @type {((inputs?: Error_Pal_Unavailable_In_Cloud_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Pal_Unavailable_In_Cloud_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_pal_unavailable_in_cloud_next(inputs)
	return __en.error_pal_unavailable_in_cloud_next(inputs)
});
/**
* | output |
* | --- |
* | "Partner linking isn't available in this Azure cloud" |
*
* @param {Error_Pal_Unavailable_In_Cloud_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_pal_unavailable_in_cloud_title = /** @type {((inputs?: Error_Pal_Unavailable_In_Cloud_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Pal_Unavailable_In_Cloud_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_pal_unavailable_in_cloud_title(inputs)
	return __en.error_pal_unavailable_in_cloud_title(inputs)
});
/**
* | output |
* | --- |
* | "Another copy of the app, or the partner-link command line, is working on every directory right now. Two runs at once would overwrite each other's record of w..." |
*
* @param {Error_Run_Elsewhere_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_run_elsewhere_body = /** @type {((inputs?: Error_Run_Elsewhere_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Run_Elsewhere_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_run_elsewhere_body(inputs)
	return __en.error_run_elsewhere_body(inputs)
});
/**
* | output |
* | --- |
* | "Wait until that run is done (or stop it where it was started), then try again." |
*
* @param {Error_Run_Elsewhere_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_run_elsewhere_next = /** @type {((inputs?: Error_Run_Elsewhere_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Run_Elsewhere_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_run_elsewhere_next(inputs)
	return __en.error_run_elsewhere_next(inputs)
});
/**
* | output |
* | --- |
* | "Every directory is already being worked on" |
*
* @param {Error_Run_Elsewhere_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_run_elsewhere_title = /** @type {((inputs?: Error_Run_Elsewhere_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Run_Elsewhere_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_run_elsewhere_title(inputs)
	return __en.error_run_elsewhere_title(inputs)
});
/**
* | output |
* | --- |
* | "The app is working on every directory at once with the current sign-in. Changing how it signs in now would leave two sign-ins saving over each other." |
*
* @param {Error_Run_In_Progress_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_run_in_progress_body = /** @type {((inputs?: Error_Run_In_Progress_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Run_In_Progress_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_run_in_progress_body(inputs)
	return __en.error_run_in_progress_body(inputs)
});
/**
* | output |
* | --- |
* | "Wait until every directory is done, or stop the run on the \"Every directory at once\" screen, then try again." |
*
* @param {Error_Run_In_Progress_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_run_in_progress_next = /** @type {((inputs?: Error_Run_In_Progress_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Run_In_Progress_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_run_in_progress_next(inputs)
	return __en.error_run_in_progress_next(inputs)
});
/**
* | output |
* | --- |
* | "Wait for the run to finish" |
*
* @param {Error_Run_In_Progress_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_run_in_progress_title = /** @type {((inputs?: Error_Run_In_Progress_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Run_In_Progress_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_run_in_progress_title(inputs)
	return __en.error_run_in_progress_title(inputs)
});
/**
* | output |
* | --- |
* | "No app with that application ID has been approved in your directory, so it has no identity here to give a role to." |
*
* @param {Error_Service_Principal_Not_Found_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_service_principal_not_found_body = /** @type {((inputs?: Error_Service_Principal_Not_Found_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Service_Principal_Not_Found_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_service_principal_not_found_body(inputs)
	return __en.error_service_principal_not_found_body(inputs)
});
/**
* | output |
* | --- |
* | "Check the ID with your partner, then approve their app (the step before this one) and look again." |
*
* @param {Error_Service_Principal_Not_Found_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_service_principal_not_found_next = /** @type {((inputs?: Error_Service_Principal_Not_Found_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Service_Principal_Not_Found_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_service_principal_not_found_next(inputs)
	return __en.error_service_principal_not_found_next(inputs)
});
/**
* | output |
* | --- |
* | "The partner's app is not in your directory" |
*
* @param {Error_Service_Principal_Not_Found_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_service_principal_not_found_title = /** @type {((inputs?: Error_Service_Principal_Not_Found_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Service_Principal_Not_Found_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_service_principal_not_found_title(inputs)
	return __en.error_service_principal_not_found_title(inputs)
});
/**
* | output |
* | --- |
* | "One of the app's settings files, or the sign-in file your IT team placed on this computer, is damaged or written wrongly. The app left it as it is and change..." |
*
* @param {Error_Settings_File_Damaged_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_settings_file_damaged_body = /** @type {((inputs?: Error_Settings_File_Damaged_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Settings_File_Damaged_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_settings_file_damaged_body(inputs)
	return __en.error_settings_file_damaged_body(inputs)
});
/**
* | output |
* | --- |
* | "Open the details to see which file and what is wrong, and give them to your IT team so they can correct the file. Then try again." |
*
* @param {Error_Settings_File_Damaged_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_settings_file_damaged_next = /** @type {((inputs?: Error_Settings_File_Damaged_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Settings_File_Damaged_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_settings_file_damaged_next(inputs)
	return __en.error_settings_file_damaged_next(inputs)
});
/**
* | output |
* | --- |
* | "A settings file of the app can't be read" |
*
* @param {Error_Settings_File_Damaged_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_settings_file_damaged_title = /** @type {((inputs?: Error_Settings_File_Damaged_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Settings_File_Damaged_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_settings_file_damaged_title(inputs)
	return __en.error_settings_file_damaged_title(inputs)
});
/**
* | output |
* | --- |
* | "What was entered holds more than one number that could be a partner ID. The app does not guess, because the wrong one would be linked everywhere." |
*
* @param {Error_Several_Partner_Ids_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_several_partner_ids_body = /** @type {((inputs?: Error_Several_Partner_Ids_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Several_Partner_Ids_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_several_partner_ids_body(inputs)
	return __en.error_several_partner_ids_body(inputs)
});
/**
* | output |
* | --- |
* | "Enter only the number Partner Center shows as your \"Associated PartnerID\" (Account settings, then Identifiers)." |
*
* @param {Error_Several_Partner_Ids_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_several_partner_ids_next = /** @type {((inputs?: Error_Several_Partner_Ids_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Several_Partner_Ids_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_several_partner_ids_next(inputs)
	return __en.error_several_partner_ids_next(inputs)
});
/**
* | output |
* | --- |
* | "Which number is the partner ID?" |
*
* @param {Error_Several_Partner_Ids_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_several_partner_ids_title = /** @type {((inputs?: Error_Several_Partner_Ids_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Several_Partner_Ids_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_several_partner_ids_title(inputs)
	return __en.error_several_partner_ids_title(inputs)
});
/**
* | output |
* | --- |
* | "To sign in, the app needs the application (client) ID of the sign-in app your organization registered in Microsoft Entra ID." |
*
* @param {Error_Sign_In_App_Not_Configured_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_sign_in_app_not_configured_body = /** @type {((inputs?: Error_Sign_In_App_Not_Configured_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Sign_In_App_Not_Configured_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_sign_in_app_not_configured_body(inputs)
	return __en.error_sign_in_app_not_configured_body(inputs)
});
/**
* | output |
* | --- |
* | "Enter the client ID in the settings. Your IT team can find it in the Azure portal under App registrations." |
*
* @param {Error_Sign_In_App_Not_Configured_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_sign_in_app_not_configured_next = /** @type {((inputs?: Error_Sign_In_App_Not_Configured_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Sign_In_App_Not_Configured_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_sign_in_app_not_configured_next(inputs)
	return __en.error_sign_in_app_not_configured_next(inputs)
});
/**
* | output |
* | --- |
* | "The sign-in app isn't set yet" |
*
* @param {Error_Sign_In_App_Not_Configured_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_sign_in_app_not_configured_title = /** @type {((inputs?: Error_Sign_In_App_Not_Configured_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Sign_In_App_Not_Configured_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_sign_in_app_not_configured_title(inputs)
	return __en.error_sign_in_app_not_configured_title(inputs)
});
/**
* | output |
* | --- |
* | "The sign-in stopped before it finished, so nothing was changed." |
*
* @param {Error_Sign_In_Cancelled_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_sign_in_cancelled_body = /** @type {((inputs?: Error_Sign_In_Cancelled_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Sign_In_Cancelled_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_sign_in_cancelled_body(inputs)
	return __en.error_sign_in_cancelled_body(inputs)
});
/**
* | output |
* | --- |
* | "Sign in again when you're ready." |
*
* @param {Error_Sign_In_Cancelled_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_sign_in_cancelled_next = /** @type {((inputs?: Error_Sign_In_Cancelled_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Sign_In_Cancelled_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_sign_in_cancelled_next(inputs)
	return __en.error_sign_in_cancelled_next(inputs)
});
/**
* | output |
* | --- |
* | "Sign-in was cancelled" |
*
* @param {Error_Sign_In_Cancelled_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_sign_in_cancelled_title = /** @type {((inputs?: Error_Sign_In_Cancelled_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Sign_In_Cancelled_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_sign_in_cancelled_title(inputs)
	return __en.error_sign_in_cancelled_title(inputs)
});
/**
* | output |
* | --- |
* | "The saved sign-in for this account is no longer valid, for example because it wasn't used for a while or the password was changed." |
*
* @param {Error_Sign_In_Expired_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_sign_in_expired_body = /** @type {((inputs?: Error_Sign_In_Expired_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Sign_In_Expired_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_sign_in_expired_body(inputs)
	return __en.error_sign_in_expired_body(inputs)
});
/**
* | output |
* | --- |
* | "Sign in again with this account." |
*
* @param {Error_Sign_In_Expired_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_sign_in_expired_next = /** @type {((inputs?: Error_Sign_In_Expired_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Sign_In_Expired_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_sign_in_expired_next(inputs)
	return __en.error_sign_in_expired_next(inputs)
});
/**
* | output |
* | --- |
* | "Your sign-in has expired" |
*
* @param {Error_Sign_In_Expired_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_sign_in_expired_title = /** @type {((inputs?: Error_Sign_In_Expired_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Sign_In_Expired_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_sign_in_expired_title(inputs)
	return __en.error_sign_in_expired_title(inputs)
});
/**
* | output |
* | --- |
* | "Microsoft stopped the sign-in for a reason this app can't explain more precisely." |
*
* @param {Error_Sign_In_Failed_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_sign_in_failed_body = /** @type {((inputs?: Error_Sign_In_Failed_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Sign_In_Failed_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_sign_in_failed_body(inputs)
	return __en.error_sign_in_failed_body(inputs)
});
/**
* | output |
* | --- |
* | "Try signing in again. If it happens again, send the details below to your IT team or the customer's administrator." |
*
* @param {Error_Sign_In_Failed_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_sign_in_failed_next = /** @type {((inputs?: Error_Sign_In_Failed_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Sign_In_Failed_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_sign_in_failed_next(inputs)
	return __en.error_sign_in_failed_next(inputs)
});
/**
* | output |
* | --- |
* | "Microsoft didn't accept the sign-in" |
*
* @param {Error_Sign_In_Failed_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_sign_in_failed_title = /** @type {((inputs?: Error_Sign_In_Failed_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Sign_In_Failed_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_sign_in_failed_title(inputs)
	return __en.error_sign_in_failed_title(inputs)
});
/**
* | output |
* | --- |
* | "The sign-in wasn't finished in time, so it was stopped." |
*
* @param {Error_Sign_In_Timed_Out_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_sign_in_timed_out_body = /** @type {((inputs?: Error_Sign_In_Timed_Out_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Sign_In_Timed_Out_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_sign_in_timed_out_body(inputs)
	return __en.error_sign_in_timed_out_body(inputs)
});
/**
* | output |
* | --- |
* | "Start the sign-in again and finish it in the browser within a few minutes." |
*
* @param {Error_Sign_In_Timed_Out_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_sign_in_timed_out_next = /** @type {((inputs?: Error_Sign_In_Timed_Out_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Sign_In_Timed_Out_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_sign_in_timed_out_next(inputs)
	return __en.error_sign_in_timed_out_next(inputs)
});
/**
* | output |
* | --- |
* | "Sign-in took too long" |
*
* @param {Error_Sign_In_Timed_Out_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_sign_in_timed_out_title = /** @type {((inputs?: Error_Sign_In_Timed_Out_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Sign_In_Timed_Out_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_sign_in_timed_out_title(inputs)
	return __en.error_sign_in_timed_out_title(inputs)
});
/**
* | output |
* | --- |
* | "Too many requests reached Microsoft in a short time, so it paused the app. Nothing was changed by the requests it refused." |
*
* @param {Error_Throttled_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_throttled_body = /** @type {((inputs?: Error_Throttled_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Throttled_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_throttled_body(inputs)
	return __en.error_throttled_body(inputs)
});
/**
* | output |
* | --- |
* | "Wait a minute, then try again." |
*
* @param {Error_Throttled_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_throttled_next = /** @type {((inputs?: Error_Throttled_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Throttled_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_throttled_next(inputs)
	return __en.error_throttled_next(inputs)
});
/**
* | output |
* | --- |
* | "Microsoft asked the app to slow down" |
*
* @param {Error_Throttled_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_throttled_title = /** @type {((inputs?: Error_Throttled_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Throttled_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_throttled_title(inputs)
	return __en.error_throttled_title(inputs)
});
/**
* | output |
* | --- |
* | "The file where the app keeps your sign-ins was changed or damaged, or was copied from another computer, so the app won't use it." |
*
* @param {Error_Token_Cache_Invalid_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_token_cache_invalid_body = /** @type {((inputs?: Error_Token_Cache_Invalid_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Token_Cache_Invalid_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_token_cache_invalid_body(inputs)
	return __en.error_token_cache_invalid_body(inputs)
});
/**
* | output |
* | --- |
* | "Choose \"Forget everything\" in the accounts screen, then sign in again." |
*
* @param {Error_Token_Cache_Invalid_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_token_cache_invalid_next = /** @type {((inputs?: Error_Token_Cache_Invalid_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Token_Cache_Invalid_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_token_cache_invalid_next(inputs)
	return __en.error_token_cache_invalid_next(inputs)
});
/**
* | output |
* | --- |
* | "Saved sign-ins couldn't be read" |
*
* @param {Error_Token_Cache_Invalid_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_token_cache_invalid_title = /** @type {((inputs?: Error_Token_Cache_Invalid_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Token_Cache_Invalid_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_token_cache_invalid_title(inputs)
	return __en.error_token_cache_invalid_title(inputs)
});
/**
* | output |
* | --- |
* | "The app reported a problem that this version doesn't recognize." |
*
* @param {Error_Unknown_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_unknown_body = /** @type {((inputs?: Error_Unknown_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Unknown_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_unknown_body(inputs)
	return __en.error_unknown_body(inputs)
});
/**
* | output |
* | --- |
* | "Try again. If it happens again, copy the details below and send them to whoever helps you with this app." |
*
* @param {Error_Unknown_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_unknown_next = /** @type {((inputs?: Error_Unknown_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Unknown_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_unknown_next(inputs)
	return __en.error_unknown_next(inputs)
});
/**
* | output |
* | --- |
* | "Something went wrong" |
*
* @param {Error_Unknown_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_unknown_title = /** @type {((inputs?: Error_Unknown_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Unknown_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_unknown_title(inputs)
	return __en.error_unknown_title(inputs)
});
/**
* | output |
* | --- |
* | "An answer that should have come from Microsoft told the app to continue at a different address. The app sends your sign-in only to Microsoft's own addresses,..." |
*
* @param {Error_Untrusted_Answer_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_untrusted_answer_body = /** @type {((inputs?: Error_Untrusted_Answer_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Untrusted_Answer_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_untrusted_answer_body(inputs)
	return __en.error_untrusted_answer_body(inputs)
});
/**
* | output |
* | --- |
* | "Try again. If it happens again, copy the details and give them to your IT team: something between you and Microsoft (a proxy, say) may be changing the answers." |
*
* @param {Error_Untrusted_Answer_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_untrusted_answer_next = /** @type {((inputs?: Error_Untrusted_Answer_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Untrusted_Answer_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_untrusted_answer_next(inputs)
	return __en.error_untrusted_answer_next(inputs)
});
/**
* | output |
* | --- |
* | "The app stopped an answer it doesn't trust" |
*
* @param {Error_Untrusted_Answer_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_untrusted_answer_title = /** @type {((inputs?: Error_Untrusted_Answer_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Untrusted_Answer_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_untrusted_answer_title(inputs)
	return __en.error_untrusted_answer_title(inputs)
});
/**
* | output |
* | --- |
* | "The app is writing to Azure right now (a link, a change, a removal, or a run over every directory). Installing the update restarts the app, which would cut t..." |
*
* @param {Error_Update_Must_Wait_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_update_must_wait_body = /** @type {((inputs?: Error_Update_Must_Wait_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Update_Must_Wait_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_update_must_wait_body(inputs)
	return __en.error_update_must_wait_body(inputs)
});
/**
* | output |
* | --- |
* | "Wait until the app says it is done, then choose Install update again." |
*
* @param {Error_Update_Must_Wait_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_update_must_wait_next = /** @type {((inputs?: Error_Update_Must_Wait_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Update_Must_Wait_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_update_must_wait_next(inputs)
	return __en.error_update_must_wait_next(inputs)
});
/**
* | output |
* | --- |
* | "The update waits for the app to finish" |
*
* @param {Error_Update_Must_Wait_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_update_must_wait_title = /** @type {((inputs?: Error_Update_Must_Wait_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Update_Must_Wait_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_update_must_wait_title(inputs)
	return __en.error_update_must_wait_title(inputs)
});
/**
* | output |
* | --- |
* | "The download is not signed by the app's publisher, so it may not be what it claims to be. Nothing on this computer was changed." |
*
* @param {Error_Update_Not_Trusted_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_update_not_trusted_body = /** @type {((inputs?: Error_Update_Not_Trusted_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Update_Not_Trusted_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_update_not_trusted_body(inputs)
	return __en.error_update_not_trusted_body(inputs)
});
/**
* | output |
* | --- |
* | "Keep using this version. If it happens again, tell your IT department: the place your updates come from may have been tampered with." |
*
* @param {Error_Update_Not_Trusted_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_update_not_trusted_next = /** @type {((inputs?: Error_Update_Not_Trusted_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Update_Not_Trusted_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_update_not_trusted_next(inputs)
	return __en.error_update_not_trusted_next(inputs)
});
/**
* | output |
* | --- |
* | "The update was not installed" |
*
* @param {Error_Update_Not_Trusted_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_update_not_trusted_title = /** @type {((inputs?: Error_Update_Not_Trusted_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Update_Not_Trusted_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_update_not_trusted_title(inputs)
	return __en.error_update_not_trusted_title(inputs)
});
/**
* | output |
* | --- |
* | "The place updates come from did not answer. The app works as it is; nothing was changed." |
*
* @param {Error_Update_Unreachable_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_update_unreachable_body = /** @type {((inputs?: Error_Update_Unreachable_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Update_Unreachable_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_update_unreachable_body(inputs)
	return __en.error_update_unreachable_body(inputs)
});
/**
* | output |
* | --- |
* | "Check your network connection and try again later." |
*
* @param {Error_Update_Unreachable_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_update_unreachable_next = /** @type {((inputs?: Error_Update_Unreachable_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Update_Unreachable_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_update_unreachable_next(inputs)
	return __en.error_update_unreachable_next(inputs)
});
/**
* | output |
* | --- |
* | "Could not check for updates" |
*
* @param {Error_Update_Unreachable_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_update_unreachable_title = /** @type {((inputs?: Error_Update_Unreachable_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Update_Unreachable_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_update_unreachable_title(inputs)
	return __en.error_update_unreachable_title(inputs)
});
/**
* | output |
* | --- |
* | "Your directory has no user or guest with that email address or sign-in name. A partner who hasn't been invited yet won't be found." |
*
* @param {Error_User_Not_Found_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_user_not_found_body = /** @type {((inputs?: Error_User_Not_Found_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_User_Not_Found_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_user_not_found_body(inputs)
	return __en.error_user_not_found_body(inputs)
});
/**
* | output |
* | --- |
* | "Check the address with the partner. If it is right, invite the partner as a guest first, then give the role." |
*
* @param {Error_User_Not_Found_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_user_not_found_next = /** @type {((inputs?: Error_User_Not_Found_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_User_Not_Found_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_user_not_found_next(inputs)
	return __en.error_user_not_found_next(inputs)
});
/**
* | output |
* | --- |
* | "No one with that address is in your directory" |
*
* @param {Error_User_Not_Found_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_user_not_found_title = /** @type {((inputs?: Error_User_Not_Found_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_User_Not_Found_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_user_not_found_title(inputs)
	return __en.error_user_not_found_title(inputs)
});
/**
* | output |
* | --- |
* | "What you can do" |
*
* @param {Error_What_To_DoInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_what_to_do = /** @type {((inputs?: Error_What_To_DoInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_What_To_DoInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_what_to_do(inputs)
	return __en.error_what_to_do(inputs)
});
/**
* | output |
* | --- |
* | "Microsoft didn't accept the user name or password." |
*
* @param {Error_Wrong_Password_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_wrong_password_body = /** @type {((inputs?: Error_Wrong_Password_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Wrong_Password_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_wrong_password_body(inputs)
	return __en.error_wrong_password_body(inputs)
});
/**
* | output |
* | --- |
* | "Check the account and password and sign in again. If you forgot the password, reset it with your organization's IT team." |
*
* @param {Error_Wrong_Password_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_wrong_password_next = /** @type {((inputs?: Error_Wrong_Password_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Wrong_Password_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_wrong_password_next(inputs)
	return __en.error_wrong_password_next(inputs)
});
/**
* | output |
* | --- |
* | "The user name or password is wrong" |
*
* @param {Error_Wrong_Password_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const error_wrong_password_title = /** @type {((inputs?: Error_Wrong_Password_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Wrong_Password_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.error_wrong_password_title(inputs)
	return __en.error_wrong_password_title(inputs)
});
/**
* | output |
* | --- |
* | "Microsoft cloud: {cloud}" |
*
* @param {Footer_CloudInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const footer_cloud = /** @type {((inputs: Footer_CloudInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Footer_CloudInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.footer_cloud(inputs)
	return __en.footer_cloud(inputs)
});
/**
* | output |
* | --- |
* | "Checking the app version…" |
*
* @param {Footer_LoadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const footer_loading = /** @type {((inputs?: Footer_LoadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Footer_LoadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.footer_loading(inputs)
	return __en.footer_loading(inputs)
});
/**
* | output |
* | --- |
* | "Version {version}" |
*
* @param {Footer_VersionInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const footer_version = /** @type {((inputs: Footer_VersionInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Footer_VersionInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.footer_version(inputs)
	return __en.footer_version(inputs)
});
/**
* | output |
* | --- |
* | "Signed in as" |
*
* @param {Grant_Access_AccountInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_access_account = /** @type {((inputs?: Grant_Access_AccountInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Access_AccountInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_access_account(inputs)
	return __en.grant_access_account(inputs)
});
/**
* | output |
* | --- |
* | "Checking what you may do in this directory…" |
*
* @param {Grant_Access_CheckingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_access_checking = /** @type {((inputs?: Grant_Access_CheckingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Access_CheckingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_access_checking(inputs)
	return __en.grant_access_checking(inputs)
});
/**
* | output |
* | --- |
* | "Directory" |
*
* @param {Grant_Access_DirectoryInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_access_directory = /** @type {((inputs?: Grant_Access_DirectoryInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Access_DirectoryInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_access_directory(inputs)
	return __en.grant_access_directory(inputs)
});
/**
* | output |
* | --- |
* | "Find the partner's account or app in your directory, choose where it may work and with which role, and check what will happen before anything changes." |
*
* @param {Grant_Access_IntroInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_access_intro = /** @type {((inputs?: Grant_Access_IntroInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Access_IntroInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_access_intro(inputs)
	return __en.grant_access_intro(inputs)
});
/**
* | output |
* | --- |
* | "Give your partner access" |
*
* @param {Grant_Access_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_access_title = /** @type {((inputs?: Grant_Access_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Access_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_access_title(inputs)
	return __en.grant_access_title(inputs)
});
/**
* | output |
* | --- |
* | "Open Microsoft's approval page" |
*
* @param {Grant_App_ApproveInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_app_approve = /** @type {((inputs?: Grant_App_ApproveInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_App_ApproveInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_app_approve(inputs)
	return __en.grant_app_approve(inputs)
});
/**
* | output |
* | --- |
* | "Continue: sign in to your directory" |
*
* @param {Grant_App_ContinueInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_app_continue = /** @type {((inputs?: Grant_App_ContinueInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_App_ContinueInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_app_continue(inputs)
	return __en.grant_app_continue(inputs)
});
/**
* | output |
* | --- |
* | "Its domain (for example contoso.onmicrosoft.com) or its directory (tenant) ID." |
*
* @param {Grant_App_Directory_HintInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_app_directory_hint = /** @type {((inputs?: Grant_App_Directory_HintInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_App_Directory_HintInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_app_directory_hint(inputs)
	return __en.grant_app_directory_hint(inputs)
});
/**
* | output |
* | --- |
* | "Your directory" |
*
* @param {Grant_App_Directory_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_app_directory_label = /** @type {((inputs?: Grant_App_Directory_LabelInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_App_Directory_LabelInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_app_directory_label(inputs)
	return __en.grant_app_directory_label(inputs)
});
/**
* | output |
* | --- |
* | "Microsoft confirmed that directory {tenant} approved the app. People from the partner can now sign in to your directory with it." |
*
* @param {Grant_App_Done_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_app_done_body = /** @type {((inputs: Grant_App_Done_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_App_Done_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_app_done_body(inputs)
	return __en.grant_app_done_body(inputs)
});
/**
* | output |
* | --- |
* | "The partner's app is approved" |
*
* @param {Grant_App_Done_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_app_done_heading = /** @type {((inputs?: Grant_App_Done_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_App_Done_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_app_done_heading(inputs)
	return __en.grant_app_done_heading(inputs)
});
/**
* | output |
* | --- |
* | "Filled in with this app's own. If your partner gave you another ID, paste it here." |
*
* @param {Grant_App_Id_HintInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_app_id_hint = /** @type {((inputs?: Grant_App_Id_HintInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_App_Id_HintInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_app_id_hint(inputs)
	return __en.grant_app_id_hint(inputs)
});
/**
* | output |
* | --- |
* | "The partner's app (application ID)" |
*
* @param {Grant_App_Id_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_app_id_label = /** @type {((inputs?: Grant_App_Id_LabelInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_App_Id_LabelInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_app_id_label(inputs)
	return __en.grant_app_id_label(inputs)
});
/**
* | output |
* | --- |
* | "If your partner signs in with their organization's app, an administrator of your directory approves that app once, for everyone. Microsoft's own page opens i..." |
*
* @param {Grant_App_IntroInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_app_intro = /** @type {((inputs?: Grant_App_IntroInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_App_IntroInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_app_intro(inputs)
	return __en.grant_app_intro(inputs)
});
/**
* | output |
* | --- |
* | "Skip: sign in to your directory" |
*
* @param {Grant_App_SkipInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_app_skip = /** @type {((inputs?: Grant_App_SkipInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_App_SkipInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_app_skip(inputs)
	return __en.grant_app_skip(inputs)
});
/**
* | output |
* | --- |
* | "Approve the partner's sign-in app" |
*
* @param {Grant_App_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_app_title = /** @type {((inputs?: Grant_App_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_App_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_app_title(inputs)
	return __en.grant_app_title(inputs)
});
/**
* | output |
* | --- |
* | "Waiting for you to finish on Microsoft's page in your browser…" |
*
* @param {Grant_App_WaitingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_app_waiting = /** @type {((inputs?: Grant_App_WaitingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_App_WaitingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_app_waiting(inputs)
	return __en.grant_app_waiting(inputs)
});
/**
* | output |
* | --- |
* | "Give access" |
*
* @param {Grant_ApplyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_apply = /** @type {((inputs?: Grant_ApplyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_ApplyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_apply(inputs)
	return __en.grant_apply(inputs)
});
/**
* | output |
* | --- |
* | "Only someone with the Owner or User Access Administrator role on a subscription can give others access to it. Your account has neither on the subscriptions y..." |
*
* @param {Grant_Cannot_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_cannot_body = /** @type {((inputs?: Grant_Cannot_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Cannot_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_cannot_body(inputs)
	return __en.grant_cannot_body(inputs)
});
/**
* | output |
* | --- |
* | "You can't give access in this directory" |
*
* @param {Grant_Cannot_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_cannot_heading = /** @type {((inputs?: Grant_Cannot_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Cannot_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_cannot_heading(inputs)
	return __en.grant_cannot_heading(inputs)
});
/**
* | output |
* | --- |
* | "Ask an Owner of the subscription to do this step, or to give you one of those roles first. In the Azure portal they are listed under the subscription's Acces..." |
*
* @param {Grant_Cannot_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_cannot_next = /** @type {((inputs?: Grant_Cannot_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Cannot_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_cannot_next(inputs)
	return __en.grant_cannot_next(inputs)
});
/**
* | output |
* | --- |
* | "Check what will happen" |
*
* @param {Grant_CheckInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_check = /** @type {((inputs?: Grant_CheckInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_CheckInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_check(inputs)
	return __en.grant_check(inputs)
});
/**
* | output |
* | --- |
* | "Continue: approve the partner's app" |
*
* @param {Grant_ContinueInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_continue = /** @type {((inputs?: Grant_ContinueInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_ContinueInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_continue(inputs)
	return __en.grant_continue(inputs)
});
/**
* | output |
* | --- |
* | "Access is yours to give and to take back. If you remove the partner's role or their account, Microsoft stops counting their work on your resources." |
*
* @param {Grant_Control_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_control_body = /** @type {((inputs?: Grant_Control_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Control_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_control_body(inputs)
	return __en.grant_control_body(inputs)
});
/**
* | output |
* | --- |
* | "You stay in control" |
*
* @param {Grant_Control_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_control_title = /** @type {((inputs?: Grant_Control_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Control_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_control_title(inputs)
	return __en.grant_control_title(inputs)
});
/**
* | output |
* | --- |
* | "Given: {role} on {scope}." |
*
* @param {Grant_Done_CreatedInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_done_created = /** @type {((inputs: Grant_Done_CreatedInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Done_CreatedInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_done_created(inputs)
	return __en.grant_done_created(inputs)
});
/**
* | output |
* | --- |
* | "Already there: {role} on {scope}." |
*
* @param {Grant_Done_ExistsInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_done_exists = /** @type {((inputs: Grant_Done_ExistsInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Done_ExistsInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_done_exists(inputs)
	return __en.grant_done_exists(inputs)
});
/**
* | output |
* | --- |
* | "Not given on {scope}." |
*
* @param {Grant_Done_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_done_failed = /** @type {((inputs: Grant_Done_FailedInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Done_FailedInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_done_failed(inputs)
	return __en.grant_done_failed(inputs)
});
/**
* | output |
* | --- |
* | "Tell your partner it's done: they can now sign in to your directory and link their partner ID." |
*
* @param {Grant_Done_NextInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_done_next = /** @type {((inputs?: Grant_Done_NextInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Done_NextInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_done_next(inputs)
	return __en.grant_done_next(inputs)
});
/**
* | output |
* | --- |
* | "What the partner may do" |
*
* @param {Grant_Give_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_give_heading = /** @type {((inputs?: Grant_Give_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Give_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_give_heading(inputs)
	return __en.grant_give_heading(inputs)
});
/**
* | output |
* | --- |
* | "With this role" |
*
* @param {Grant_Give_RoleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_give_role = /** @type {((inputs?: Grant_Give_RoleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Give_RoleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_give_role(inputs)
	return __en.grant_give_role(inputs)
});
/**
* | output |
* | --- |
* | "On these subscriptions" |
*
* @param {Grant_Give_WhereInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_give_where = /** @type {((inputs?: Grant_Give_WhereInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Give_WhereInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_give_where(inputs)
	return __en.grant_give_where(inputs)
});
/**
* | output |
* | --- |
* | "What the partner has here" |
*
* @param {Grant_Has_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_has_heading = /** @type {((inputs?: Grant_Has_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Has_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_has_heading(inputs)
	return __en.grant_has_heading(inputs)
});
/**
* | output |
* | --- |
* | "{role} on {scope}" |
*
* @param {Grant_Has_ItemInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_has_item = /** @type {((inputs: Grant_Has_ItemInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Has_ItemInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_has_item(inputs)
	return __en.grant_has_item(inputs)
});
/**
* | output |
* | --- |
* | "The partner has no roles on your subscriptions." |
*
* @param {Grant_Has_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_has_none = /** @type {((inputs?: Grant_Has_NoneInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Has_NoneInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_has_none(inputs)
	return __en.grant_has_none(inputs)
});
/**
* | output |
* | --- |
* | "Show the partner's roles" |
*
* @param {Grant_Has_ShowInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_has_show = /** @type {((inputs?: Grant_Has_ShowInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Has_ShowInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_has_show(inputs)
	return __en.grant_has_show(inputs)
});
/**
* | output |
* | --- |
* | "Your partner needs their account — or their app — to have access to the Azure resources they work on. You give that access. The partner then links their part..." |
*
* @param {Grant_IntroInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_intro = /** @type {((inputs?: Grant_IntroInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_IntroInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_intro(inputs)
	return __en.grant_intro(inputs)
});
/**
* | output |
* | --- |
* | "Invite as a guest" |
*
* @param {Grant_Invite_ButtonInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_invite_button = /** @type {((inputs?: Grant_Invite_ButtonInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Invite_ButtonInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_invite_button(inputs)
	return __en.grant_invite_button(inputs)
});
/**
* | output |
* | --- |
* | "Invitation link copied" |
*
* @param {Grant_Invite_CopiedInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_invite_copied = /** @type {((inputs?: Grant_Invite_CopiedInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Invite_CopiedInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_invite_copied(inputs)
	return __en.grant_invite_copied(inputs)
});
/**
* | output |
* | --- |
* | "Copy the invitation link" |
*
* @param {Grant_Invite_CopyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_invite_copy = /** @type {((inputs?: Grant_Invite_CopyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Invite_CopyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_invite_copy(inputs)
	return __en.grant_invite_copy(inputs)
});
/**
* | output |
* | --- |
* | "Also have Microsoft email the invitation" |
*
* @param {Grant_Invite_EmailInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_invite_email = /** @type {((inputs?: Grant_Invite_EmailInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Invite_EmailInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_invite_email(inputs)
	return __en.grant_invite_email(inputs)
});
/**
* | output |
* | --- |
* | "The partner's user is not in your directory yet. Invite them as a guest: they get their own guest account here, which you then give a role." |
*
* @param {Grant_Invite_OfferInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_invite_offer = /** @type {((inputs?: Grant_Invite_OfferInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Invite_OfferInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_invite_offer(inputs)
	return __en.grant_invite_offer(inputs)
});
/**
* | output |
* | --- |
* | "Invited. Send this link to your partner; they accept it by signing in with their own account." |
*
* @param {Grant_Invite_Send_LinkInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_invite_send_link = /** @type {((inputs?: Grant_Invite_Send_LinkInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Invite_Send_LinkInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_invite_send_link(inputs)
	return __en.grant_invite_send_link(inputs)
});
/**
* | output |
* | --- |
* | "Invited. Microsoft emailed the invitation; the link below is the same one." |
*
* @param {Grant_Invite_SentInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_invite_sent = /** @type {((inputs?: Grant_Invite_SentInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Invite_SentInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_invite_sent(inputs)
	return __en.grant_invite_sent(inputs)
});
/**
* | output |
* | --- |
* | "Your account is a guest here, and directories usually don't let guests invite. If the invitation is refused, ask a member of your directory." |
*
* @param {Grant_Invite_UnlikelyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_invite_unlikely = /** @type {((inputs?: Grant_Invite_UnlikelyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Invite_UnlikelyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_invite_unlikely(inputs)
	return __en.grant_invite_unlikely(inputs)
});
/**
* | output |
* | --- |
* | "Inviting…" |
*
* @param {Grant_InvitingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_inviting = /** @type {((inputs?: Grant_InvitingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_InvitingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_inviting(inputs)
	return __en.grant_inviting(inputs)
});
/**
* | output |
* | --- |
* | "Each partner links their own account. One partner's link doesn't replace another's." |
*
* @param {Grant_Many_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_many_body = /** @type {((inputs?: Grant_Many_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Many_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_many_body(inputs)
	return __en.grant_many_body(inputs)
});
/**
* | output |
* | --- |
* | "Working with more than one partner is fine" |
*
* @param {Grant_Many_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_many_title = /** @type {((inputs?: Grant_Many_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Many_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_many_title(inputs)
	return __en.grant_many_title(inputs)
});
/**
* | output |
* | --- |
* | "What you may do here" |
*
* @param {Grant_May_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_may_heading = /** @type {((inputs?: Grant_May_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_May_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_may_heading(inputs)
	return __en.grant_may_heading(inputs)
});
/**
* | output |
* | --- |
* | "only an Owner or a User Access Administrator can give access" |
*
* @param {Grant_May_NoInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_may_no = /** @type {((inputs?: Grant_May_NoInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_May_NoInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_may_no(inputs)
	return __en.grant_may_no(inputs)
});
/**
* | output |
* | --- |
* | "you can give access" |
*
* @param {Grant_May_YesInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_may_yes = /** @type {((inputs?: Grant_May_YesInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_May_YesInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_may_yes(inputs)
	return __en.grant_may_yes(inputs)
});
/**
* | output |
* | --- |
* | "The partner links their partner ID to their own account in your directory. You never have to enter a partner ID for this, and nobody else can change or remov..." |
*
* @param {Grant_No_Id_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_no_id_body = /** @type {((inputs?: Grant_No_Id_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_No_Id_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_no_id_body(inputs)
	return __en.grant_no_id_body(inputs)
});
/**
* | output |
* | --- |
* | "You don't enter a partner ID" |
*
* @param {Grant_No_Id_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_no_id_title = /** @type {((inputs?: Grant_No_Id_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_No_Id_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_no_id_title(inputs)
	return __en.grant_no_id_title(inputs)
});
/**
* | output |
* | --- |
* | "You see no subscriptions in this directory." |
*
* @param {Grant_No_SubscriptionsInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_no_subscriptions = /** @type {((inputs?: Grant_No_SubscriptionsInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_No_SubscriptionsInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_no_subscriptions(inputs)
	return __en.grant_no_subscriptions(inputs)
});
/**
* | output |
* | --- |
* | "I understand that Owner can also give and remove access for anyone" |
*
* @param {Grant_Owner_AcknowledgeInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_owner_acknowledge = /** @type {((inputs?: Grant_Owner_AcknowledgeInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Owner_AcknowledgeInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_owner_acknowledge(inputs)
	return __en.grant_owner_acknowledge(inputs)
});
/**
* | output |
* | --- |
* | "Owner is the most powerful role" |
*
* @param {Grant_Owner_Warning_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_owner_warning_title = /** @type {((inputs?: Grant_Owner_Warning_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Owner_Warning_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_owner_warning_title(inputs)
	return __en.grant_owner_warning_title(inputs)
});
/**
* | output |
* | --- |
* | "Find" |
*
* @param {Grant_Partner_FindInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_partner_find = /** @type {((inputs?: Grant_Partner_FindInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Partner_FindInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_partner_find(inputs)
	return __en.grant_partner_find(inputs)
});
/**
* | output |
* | --- |
* | "Looking…" |
*
* @param {Grant_Partner_FindingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_partner_finding = /** @type {((inputs?: Grant_Partner_FindingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Partner_FindingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_partner_finding(inputs)
	return __en.grant_partner_finding(inputs)
});
/**
* | output |
* | --- |
* | "Found: {name} ({kind})." |
*
* @param {Grant_Partner_FoundInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_partner_found = /** @type {((inputs: Grant_Partner_FoundInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Partner_FoundInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_partner_found(inputs)
	return __en.grant_partner_found(inputs)
});
/**
* | output |
* | --- |
* | "Who is the partner?" |
*
* @param {Grant_Partner_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_partner_heading = /** @type {((inputs?: Grant_Partner_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Partner_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_partner_heading(inputs)
	return __en.grant_partner_heading(inputs)
});
/**
* | output |
* | --- |
* | "Ask your partner which account or app they will use. An email finds their user; an application ID finds their app." |
*
* @param {Grant_Partner_HintInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_partner_hint = /** @type {((inputs?: Grant_Partner_HintInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Partner_HintInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_partner_hint(inputs)
	return __en.grant_partner_hint(inputs)
});
/**
* | output |
* | --- |
* | "an app" |
*
* @param {Grant_Partner_Is_AppInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_partner_is_app = /** @type {((inputs?: Grant_Partner_Is_AppInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Partner_Is_AppInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_partner_is_app(inputs)
	return __en.grant_partner_is_app(inputs)
});
/**
* | output |
* | --- |
* | "a user" |
*
* @param {Grant_Partner_Is_UserInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_partner_is_user = /** @type {((inputs?: Grant_Partner_Is_UserInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Partner_Is_UserInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_partner_is_user(inputs)
	return __en.grant_partner_is_user(inputs)
});
/**
* | output |
* | --- |
* | "The partner's email address, sign-in name or app (application) ID" |
*
* @param {Grant_Partner_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_partner_label = /** @type {((inputs?: Grant_Partner_LabelInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Partner_LabelInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_partner_label(inputs)
	return __en.grant_partner_label(inputs)
});
/**
* | output |
* | --- |
* | "They cannot: {what}." |
*
* @param {Grant_Plan_CannotInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_plan_cannot = /** @type {((inputs: Grant_Plan_CannotInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Plan_CannotInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_plan_cannot(inputs)
	return __en.grant_plan_cannot(inputs)
});
/**
* | output |
* | --- |
* | "They already have this role on {scope}; nothing changes there." |
*
* @param {Grant_Plan_ExistsInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_plan_exists = /** @type {((inputs: Grant_Plan_ExistsInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Plan_ExistsInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_plan_exists(inputs)
	return __en.grant_plan_exists(inputs)
});
/**
* | output |
* | --- |
* | "Giving a role does not link the partner ID: the partner does that afterwards, with their own account. You can take the role back at any time, here or in the ..." |
*
* @param {Grant_Plan_No_LinkInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_plan_no_link = /** @type {((inputs?: Grant_Plan_No_LinkInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Plan_No_LinkInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_plan_no_link(inputs)
	return __en.grant_plan_no_link(inputs)
});
/**
* | output |
* | --- |
* | "{who} will get the {role} role on {scopes}." |
*
* @param {Grant_Plan_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_plan_summary = /** @type {((inputs: Grant_Plan_SummaryInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Plan_SummaryInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_plan_summary(inputs)
	return __en.grant_plan_summary(inputs)
});
/**
* | output |
* | --- |
* | "Take all of these back" |
*
* @param {Grant_Remove_AllInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_remove_all = /** @type {((inputs?: Grant_Remove_AllInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Remove_AllInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_remove_all(inputs)
	return __en.grant_remove_all(inputs)
});
/**
* | output |
* | --- |
* | "Take back all {count} of the partner's roles listed? The partner loses this access at once, and their work here stops counting for them." |
*
* @param {Grant_Remove_ConfirmInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_remove_confirm = /** @type {((inputs: Grant_Remove_ConfirmInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Remove_ConfirmInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_remove_confirm(inputs)
	return __en.grant_remove_confirm(inputs)
});
/**
* | output |
* | --- |
* | "Yes, take them back" |
*
* @param {Grant_Remove_YesInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_remove_yes = /** @type {((inputs?: Grant_Remove_YesInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Remove_YesInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_remove_yes(inputs)
	return __en.grant_remove_yes(inputs)
});
/**
* | output |
* | --- |
* | "Roles taken back: {count}." |
*
* @param {Grant_RemovedInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_removed = /** @type {((inputs: Grant_RemovedInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_RemovedInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_removed(inputs)
	return __en.grant_removed(inputs)
});
/**
* | output |
* | --- |
* | "Give the partner's account an Azure role on the subscriptions they work on. Reader lets them see your resources; Contributor also lets them make changes. Ask..." |
*
* @param {Grant_Role_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_role_body = /** @type {((inputs?: Grant_Role_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Role_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_role_body(inputs)
	return __en.grant_role_body(inputs)
});
/**
* | output |
* | --- |
* | "Can create, change and delete resources (virtual machines, databases, networks and so on)." |
*
* @param {Grant_Role_Contributor_AllowsInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_role_contributor_allows = /** @type {((inputs?: Grant_Role_Contributor_AllowsInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Role_Contributor_AllowsInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_role_contributor_allows(inputs)
	return __en.grant_role_contributor_allows(inputs)
});
/**
* | output |
* | --- |
* | "give access to anyone, or change policies and locks that need Owner" |
*
* @param {Grant_Role_Contributor_NotInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_role_contributor_not = /** @type {((inputs?: Grant_Role_Contributor_NotInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Role_Contributor_NotInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_role_contributor_not(inputs)
	return __en.grant_role_contributor_not(inputs)
});
/**
* | output |
* | --- |
* | "The partner can change or delete your resources and create ones that cost money." |
*
* @param {Grant_Role_Contributor_RiskInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_role_contributor_risk = /** @type {((inputs?: Grant_Role_Contributor_RiskInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Role_Contributor_RiskInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_role_contributor_risk(inputs)
	return __en.grant_role_contributor_risk(inputs)
});
/**
* | output |
* | --- |
* | "Counts for recognition: {recognition}. Counts for incentives: {incentives}." |
*
* @param {Grant_Role_EarnsInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_role_earns = /** @type {((inputs: Grant_Role_EarnsInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Role_EarnsInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_role_earns(inputs)
	return __en.grant_role_earns(inputs)
});
/**
* | output |
* | --- |
* | "Everything Contributor can do, and also give or remove access for anyone, including you." |
*
* @param {Grant_Role_Owner_AllowsInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_role_owner_allows = /** @type {((inputs?: Grant_Role_Owner_AllowsInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Role_Owner_AllowsInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_role_owner_allows(inputs)
	return __en.grant_role_owner_allows(inputs)
});
/**
* | output |
* | --- |
* | "manage billing or cancel the subscription (those need billing roles, not Azure roles)" |
*
* @param {Grant_Role_Owner_NotInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_role_owner_not = /** @type {((inputs?: Grant_Role_Owner_NotInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Role_Owner_NotInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_role_owner_not(inputs)
	return __en.grant_role_owner_not(inputs)
});
/**
* | output |
* | --- |
* | "Owner can give access to other people and remove yours. Give it only if the partner truly manages access for you; Contributor is enough for partner incentives." |
*
* @param {Grant_Role_Owner_RiskInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_role_owner_risk = /** @type {((inputs?: Grant_Role_Owner_RiskInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Role_Owner_RiskInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_role_owner_risk(inputs)
	return __en.grant_role_owner_risk(inputs)
});
/**
* | output |
* | --- |
* | "Can see every resource and its settings, and their costs. Changes nothing." |
*
* @param {Grant_Role_Reader_AllowsInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_role_reader_allows = /** @type {((inputs?: Grant_Role_Reader_AllowsInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Role_Reader_AllowsInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_role_reader_allows(inputs)
	return __en.grant_role_reader_allows(inputs)
});
/**
* | output |
* | --- |
* | "change, create or delete anything, or give access to anyone" |
*
* @param {Grant_Role_Reader_NotInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_role_reader_not = /** @type {((inputs?: Grant_Role_Reader_NotInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Role_Reader_NotInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_role_reader_not(inputs)
	return __en.grant_role_reader_not(inputs)
});
/**
* | output |
* | --- |
* | "Also {role}" |
*
* @param {Grant_Role_Support_AddonInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_role_support_addon = /** @type {((inputs: Grant_Role_Support_AddonInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Role_Support_AddonInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_role_support_addon(inputs)
	return __en.grant_role_support_addon(inputs)
});
/**
* | output |
* | --- |
* | "Can open and manage Azure support requests for you." |
*
* @param {Grant_Role_Support_AllowsInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_role_support_allows = /** @type {((inputs?: Grant_Role_Support_AllowsInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Role_Support_AllowsInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_role_support_allows(inputs)
	return __en.grant_role_support_allows(inputs)
});
/**
* | output |
* | --- |
* | "see or change resources (give Reader or Contributor as well for that)" |
*
* @param {Grant_Role_Support_NotInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_role_support_not = /** @type {((inputs?: Grant_Role_Support_NotInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Role_Support_NotInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_role_support_not(inputs)
	return __en.grant_role_support_not(inputs)
});
/**
* | output |
* | --- |
* | "Give their account an Azure role" |
*
* @param {Grant_Role_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_role_title = /** @type {((inputs?: Grant_Role_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Role_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_role_title(inputs)
	return __en.grant_role_title(inputs)
});
/**
* | output |
* | --- |
* | "resource group {group} in {subscription}" |
*
* @param {Grant_Scope_GroupInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_scope_group = /** @type {((inputs: Grant_Scope_GroupInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_Scope_GroupInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_scope_group(inputs)
	return __en.grant_scope_group(inputs)
});
/**
* | output |
* | --- |
* | "What your partner needs from you" |
*
* @param {Grant_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const grant_title = /** @type {((inputs?: Grant_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grant_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.grant_title(inputs)
	return __en.grant_title(inputs)
});
/**
* | output |
* | --- |
* | "Unlock the keychain (your computer may ask for your password), then try again." |
*
* @param {Keychain_Locked_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const keychain_locked_body = /** @type {((inputs?: Keychain_Locked_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Keychain_Locked_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.keychain_locked_body(inputs)
	return __en.keychain_locked_body(inputs)
});
/**
* | output |
* | --- |
* | "This computer's keychain is locked" |
*
* @param {Keychain_Locked_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const keychain_locked_heading = /** @type {((inputs?: Keychain_Locked_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Keychain_Locked_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.keychain_locked_heading(inputs)
	return __en.keychain_locked_heading(inputs)
});
/**
* | output |
* | --- |
* | "Try the keychain again" |
*
* @param {Keychain_RetryInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const keychain_retry = /** @type {((inputs?: Keychain_RetryInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Keychain_RetryInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.keychain_retry(inputs)
	return __en.keychain_retry(inputs)
});
/**
* | output |
* | --- |
* | "Sign in for this session only" |
*
* @param {Keychain_Session_OnlyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const keychain_session_only = /** @type {((inputs?: Keychain_Session_OnlyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Keychain_Session_OnlyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.keychain_session_only(inputs)
	return __en.keychain_session_only(inputs)
});
/**
* | output |
* | --- |
* | "Nothing is saved: you will sign in again the next time you open the app." |
*
* @param {Keychain_Session_Only_DescInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const keychain_session_only_desc = /** @type {((inputs?: Keychain_Session_Only_DescInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Keychain_Session_Only_DescInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.keychain_session_only_desc(inputs)
	return __en.keychain_session_only_desc(inputs)
});
/**
* | output |
* | --- |
* | "The app keeps sign-ins in the system keychain, so nothing secret is ever saved in a plain file. No keychain answered." |
*
* @param {Keychain_Unavailable_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const keychain_unavailable_body = /** @type {((inputs?: Keychain_Unavailable_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Keychain_Unavailable_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.keychain_unavailable_body(inputs)
	return __en.keychain_unavailable_body(inputs)
});
/**
* | output |
* | --- |
* | "This computer's keychain is not available" |
*
* @param {Keychain_Unavailable_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const keychain_unavailable_heading = /** @type {((inputs?: Keychain_Unavailable_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Keychain_Unavailable_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.keychain_unavailable_heading(inputs)
	return __en.keychain_unavailable_heading(inputs)
});
/**
* | output |
* | --- |
* | "English" |
*
* @param {Lang_EnInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const lang_en = /** @type {((inputs?: Lang_EnInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lang_EnInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.lang_en(inputs)
	return __en.lang_en(inputs)
});
/**
* | output |
* | --- |
* | "繁體中文" |
*
* @param {Lang_Zh_TwInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const lang_zh_tw = /** @type {((inputs?: Lang_Zh_TwInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lang_Zh_TwInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.lang_zh_tw(inputs)
	return __en.lang_zh_tw(inputs)
});
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Language_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const language_label = /** @type {((inputs?: Language_LabelInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Language_LabelInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.language_label(inputs)
	return __en.language_label(inputs)
});
/**
* | output |
* | --- |
* | "DPOR — Digital Partner of Record" |
*
* @param {Learn_Dpor_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const learn_dpor_heading = /** @type {((inputs?: Learn_Dpor_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Learn_Dpor_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.learn_dpor_heading(inputs)
	return __en.learn_dpor_heading(inputs)
});
/**
* | output |
* | --- |
* | "Microsoft now recognizes partners through PAL, which works with every subscription type. This app explains DPOR but doesn't set it." |
*
* @param {Learn_Dpor_Now_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const learn_dpor_now_body = /** @type {((inputs?: Learn_Dpor_Now_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Learn_Dpor_Now_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.learn_dpor_now_body(inputs)
	return __en.learn_dpor_now_body(inputs)
});
/**
* | output |
* | --- |
* | "DPOR is no longer the way forward — use PAL" |
*
* @param {Learn_Dpor_Now_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const learn_dpor_now_title = /** @type {((inputs?: Learn_Dpor_Now_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Learn_Dpor_Now_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.learn_dpor_now_title(inputs)
	return __en.learn_dpor_now_title(inputs)
});
/**
* | output |
* | --- |
* | "The customer named one partner for each subscription, without giving that partner any access. It only worked for some subscription types: Enterprise Agreemen..." |
*
* @param {Learn_Dpor_What_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const learn_dpor_what_body = /** @type {((inputs?: Learn_Dpor_What_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Learn_Dpor_What_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.learn_dpor_what_body(inputs)
	return __en.learn_dpor_what_body(inputs)
});
/**
* | output |
* | --- |
* | "DPOR was set by the customer, one partner per subscription" |
*
* @param {Learn_Dpor_What_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const learn_dpor_what_title = /** @type {((inputs?: Learn_Dpor_What_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Learn_Dpor_What_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.learn_dpor_what_title(inputs)
	return __en.learn_dpor_what_title(inputs)
});
/**
* | output |
* | --- |
* | "These are two ways for Microsoft to know which partner helps a customer. Here is what each one is — and what it isn't." |
*
* @param {Learn_IntroInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const learn_intro = /** @type {((inputs?: Learn_IntroInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Learn_IntroInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.learn_intro(inputs)
	return __en.learn_intro(inputs)
});
/**
* | output |
* | --- |
* | "PAL — Partner Admin Link" |
*
* @param {Learn_Pal_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const learn_pal_heading = /** @type {((inputs?: Learn_Pal_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Learn_Pal_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.learn_pal_heading(inputs)
	return __en.learn_pal_heading(inputs)
});
/**
* | output |
* | --- |
* | "That is why you never choose a subscription. The link covers whatever that account can reach through its Azure roles, in that one directory." |
*
* @param {Learn_Pal_Identity_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const learn_pal_identity_body = /** @type {((inputs?: Learn_Pal_Identity_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Learn_Pal_Identity_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.learn_pal_identity_body(inputs)
	return __en.learn_pal_identity_body(inputs)
});
/**
* | output |
* | --- |
* | "PAL belongs to an account in a directory, not to a subscription" |
*
* @param {Learn_Pal_Identity_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const learn_pal_identity_title = /** @type {((inputs?: Learn_Pal_Identity_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Learn_Pal_Identity_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.learn_pal_identity_title(inputs)
	return __en.learn_pal_identity_title(inputs)
});
/**
* | output |
* | --- |
* | "Each partner links their own accounts. One link doesn't replace another." |
*
* @param {Learn_Pal_Many_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const learn_pal_many_body = /** @type {((inputs?: Learn_Pal_Many_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Learn_Pal_Many_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.learn_pal_many_body(inputs)
	return __en.learn_pal_many_body(inputs)
});
/**
* | output |
* | --- |
* | "Several partners can each have PAL for the same customer" |
*
* @param {Learn_Pal_Many_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const learn_pal_many_title = /** @type {((inputs?: Learn_Pal_Many_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Learn_Pal_Many_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.learn_pal_many_title(inputs)
	return __en.learn_pal_many_title(inputs)
});
/**
* | output |
* | --- |
* | "Access comes first, and it comes from the customer: they give the partner's account an Azure role. PAL only tells Microsoft which partner helps with what tha..." |
*
* @param {Learn_Pal_Not_Access_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const learn_pal_not_access_body = /** @type {((inputs?: Learn_Pal_Not_Access_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Learn_Pal_Not_Access_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.learn_pal_not_access_body(inputs)
	return __en.learn_pal_not_access_body(inputs)
});
/**
* | output |
* | --- |
* | "PAL is not access" |
*
* @param {Learn_Pal_Not_Access_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const learn_pal_not_access_title = /** @type {((inputs?: Learn_Pal_Not_Access_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Learn_Pal_Not_Access_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.learn_pal_not_access_title(inputs)
	return __en.learn_pal_not_access_title(inputs)
});
/**
* | output |
* | --- |
* | "The partner signs in with their own account and links their partner ID. The customer never enters a partner ID for PAL." |
*
* @param {Learn_Pal_Who_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const learn_pal_who_body = /** @type {((inputs?: Learn_Pal_Who_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Learn_Pal_Who_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.learn_pal_who_body(inputs)
	return __en.learn_pal_who_body(inputs)
});
/**
* | output |
* | --- |
* | "The partner links; the customer gives access" |
*
* @param {Learn_Pal_Who_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const learn_pal_who_title = /** @type {((inputs?: Learn_Pal_Who_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Learn_Pal_Who_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.learn_pal_who_title(inputs)
	return __en.learn_pal_who_title(inputs)
});
/**
* | output |
* | --- |
* | "The customer gives the partner's account access. Then the partner links their partner ID with PAL, once in each customer directory." |
*
* @param {Learn_Summary_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const learn_summary_body = /** @type {((inputs?: Learn_Summary_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Learn_Summary_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.learn_summary_body(inputs)
	return __en.learn_summary_body(inputs)
});
/**
* | output |
* | --- |
* | "In short" |
*
* @param {Learn_Summary_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const learn_summary_title = /** @type {((inputs?: Learn_Summary_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Learn_Summary_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.learn_summary_title(inputs)
	return __en.learn_summary_title(inputs)
});
/**
* | output |
* | --- |
* | "PAL or DPOR?" |
*
* @param {Learn_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const learn_title = /** @type {((inputs?: Learn_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Learn_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.learn_title(inputs)
	return __en.learn_title(inputs)
});
/**
* | output |
* | --- |
* | "You deploy the partner's offer (from the Azure Marketplace or a template). It names the partner's users or groups and the roles they get on your subscription..." |
*
* @param {Lighthouse_Point_DeployInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const lighthouse_point_deploy = /** @type {((inputs?: Lighthouse_Point_DeployInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lighthouse_Point_DeployInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.lighthouse_point_deploy(inputs)
	return __en.lighthouse_point_deploy(inputs)
});
/**
* | output |
* | --- |
* | "With Lighthouse, the partner links their partner ID in their own directory, on the accounts your delegation names." |
*
* @param {Lighthouse_Point_LinkInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const lighthouse_point_link = /** @type {((inputs?: Lighthouse_Point_LinkInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lighthouse_Point_LinkInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.lighthouse_point_link(inputs)
	return __en.lighthouse_point_link(inputs)
});
/**
* | output |
* | --- |
* | "The partner's people sign in to their own directory. Nothing is added to yours, and you see the delegation under Service providers in the Azure portal, where..." |
*
* @param {Lighthouse_Point_Own_DirectoryInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const lighthouse_point_own_directory = /** @type {((inputs?: Lighthouse_Point_Own_DirectoryInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lighthouse_Point_Own_DirectoryInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.lighthouse_point_own_directory(inputs)
	return __en.lighthouse_point_own_directory(inputs)
});
/**
* | output |
* | --- |
* | "Owner cannot be given through Lighthouse; Contributor and Reader can." |
*
* @param {Lighthouse_Point_RolesInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const lighthouse_point_roles = /** @type {((inputs?: Lighthouse_Point_RolesInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lighthouse_Point_RolesInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.lighthouse_point_roles(inputs)
	return __en.lighthouse_point_roles(inputs)
});
/**
* | output |
* | --- |
* | "Azure Lighthouse lets the partner manage your subscriptions from their own directory, without accounts in yours. This app does not set it up: the partner sen..." |
*
* @param {Lighthouse_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const lighthouse_summary = /** @type {((inputs?: Lighthouse_SummaryInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lighthouse_SummaryInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.lighthouse_summary(inputs)
	return __en.lighthouse_summary(inputs)
});
/**
* | output |
* | --- |
* | "Is your partner a managed-service provider? About Azure Lighthouse" |
*
* @param {Lighthouse_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const lighthouse_title = /** @type {((inputs?: Lighthouse_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lighthouse_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.lighthouse_title(inputs)
	return __en.lighthouse_title(inputs)
});
/**
* | output |
* | --- |
* | "The customer gives you access first. Linking only tells Microsoft that your organization helps with what that account can already reach." |
*
* @param {Link_Access_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const link_access_body = /** @type {((inputs?: Link_Access_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Link_Access_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.link_access_body(inputs)
	return __en.link_access_body(inputs)
});
/**
* | output |
* | --- |
* | "Linking doesn't give you access" |
*
* @param {Link_Access_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const link_access_title = /** @type {((inputs?: Link_Access_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Link_Access_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.link_access_title(inputs)
	return __en.link_access_title(inputs)
});
/**
* | output |
* | --- |
* | "I have these: sign in" |
*
* @param {Link_ContinueInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const link_continue = /** @type {((inputs?: Link_ContinueInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Link_ContinueInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.link_continue(inputs)
	return __en.link_continue(inputs)
});
/**
* | output |
* | --- |
* | "You link your partner ID once in each customer directory you work in. Have these two things ready." |
*
* @param {Link_IntroInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const link_intro = /** @type {((inputs?: Link_IntroInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Link_IntroInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.link_intro(inputs)
	return __en.link_intro(inputs)
});
/**
* | output |
* | --- |
* | "Read: PAL or DPOR?" |
*
* @param {Link_Learn_ButtonInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const link_learn_button = /** @type {((inputs?: Link_Learn_ButtonInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Link_Learn_ButtonInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.link_learn_button(inputs)
	return __en.link_learn_button(inputs)
});
/**
* | output |
* | --- |
* | "This is the account you use to work for this customer — often a guest account they invited. The customer must already have given it an Azure role, such as Re..." |
*
* @param {Link_Need_Account_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const link_need_account_body = /** @type {((inputs?: Link_Need_Account_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Link_Need_Account_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.link_need_account_body(inputs)
	return __en.link_need_account_body(inputs)
});
/**
* | output |
* | --- |
* | "An account in the customer's directory that has an Azure role" |
*
* @param {Link_Need_Account_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const link_need_account_title = /** @type {((inputs?: Link_Need_Account_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Link_Need_Account_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.link_need_account_title(inputs)
	return __en.link_need_account_title(inputs)
});
/**
* | output |
* | --- |
* | "Find it in Partner Center, under Account settings → Identifiers. It is a number, usually 6 or 7 digits. Older pages call it the “Associated MPN ID”." |
*
* @param {Link_Need_Id_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const link_need_id_body = /** @type {((inputs?: Link_Need_Id_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Link_Need_Id_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.link_need_id_body(inputs)
	return __en.link_need_id_body(inputs)
});
/**
* | output |
* | --- |
* | "Your organization's Associated Partner ID" |
*
* @param {Link_Need_Id_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const link_need_id_title = /** @type {((inputs?: Link_Need_Id_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Link_Need_Id_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.link_need_id_title(inputs)
	return __en.link_need_id_title(inputs)
});
/**
* | output |
* | --- |
* | "The link belongs to your account in one directory, not to a subscription — that is why you won't be asked to choose a subscription. If you work for several c..." |
*
* @param {Link_Once_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const link_once_body = /** @type {((inputs?: Link_Once_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Link_Once_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.link_once_body(inputs)
	return __en.link_once_body(inputs)
});
/**
* | output |
* | --- |
* | "Once for each customer directory" |
*
* @param {Link_Once_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const link_once_title = /** @type {((inputs?: Link_Once_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Link_Once_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.link_once_title(inputs)
	return __en.link_once_title(inputs)
});
/**
* | output |
* | --- |
* | "Any Azure role lets you link. Reader is usually enough for Microsoft to recognize your work; incentives such as partner earned credit need Contributor or Owner." |
*
* @param {Link_Role_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const link_role_body = /** @type {((inputs?: Link_Role_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Link_Role_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.link_role_body(inputs)
	return __en.link_role_body(inputs)
});
/**
* | output |
* | --- |
* | "The role decides what you earn" |
*
* @param {Link_Role_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const link_role_title = /** @type {((inputs?: Link_Role_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Link_Role_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.link_role_title(inputs)
	return __en.link_role_title(inputs)
});
/**
* | output |
* | --- |
* | "Before you start" |
*
* @param {Link_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const link_title = /** @type {((inputs?: Link_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Link_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.link_title(inputs)
	return __en.link_title(inputs)
});
/**
* | output |
* | --- |
* | "Not sure how linking differs from access, or from DPOR?" |
*
* @param {Link_UnsureInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const link_unsure = /** @type {((inputs?: Link_UnsureInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Link_UnsureInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.link_unsure(inputs)
	return __en.link_unsure(inputs)
});
/**
* | output |
* | --- |
* | "No" |
*
* @param {Mark_NoInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const mark_no = /** @type {((inputs?: Mark_NoInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mark_NoInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.mark_no(inputs)
	return __en.mark_no(inputs)
});
/**
* | output |
* | --- |
* | "Unknown" |
*
* @param {Mark_UnknownInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const mark_unknown = /** @type {((inputs?: Mark_UnknownInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mark_UnknownInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.mark_unknown(inputs)
	return __en.mark_unknown(inputs)
});
/**
* | output |
* | --- |
* | "Yes" |
*
* @param {Mark_YesInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const mark_yes = /** @type {((inputs?: Mark_YesInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mark_YesInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.mark_yes(inputs)
	return __en.mark_yes(inputs)
});
/**
* | output |
* | --- |
* | "Back" |
*
* @param {Nav_BackInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const nav_back = /** @type {((inputs?: Nav_BackInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_BackInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.nav_back(inputs)
	return __en.nav_back(inputs)
});
/**
* | output |
* | --- |
* | "Your account cannot read the billing agreement, so an Enterprise Agreement cannot be told apart from an Azure plan." |
*
* @param {Note_Agreement_UnreadableInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const note_agreement_unreadable = /** @type {((inputs?: Note_Agreement_UnreadableInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Note_Agreement_UnreadableInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.note_agreement_unreadable(inputs)
	return __en.note_agreement_unreadable(inputs)
});
/**
* | output |
* | --- |
* | "This is an Azure plan (Microsoft Customer Agreement), even though Azure labels it like an Enterprise Agreement. DPOR never applied to it." |
*
* @param {Note_Azure_Plan_Looks_Like_EaInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const note_azure_plan_looks_like_ea = /** @type {((inputs?: Note_Azure_Plan_Looks_Like_EaInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Note_Azure_Plan_Looks_Like_EaInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.note_azure_plan_looks_like_ea(inputs)
	return __en.note_azure_plan_looks_like_ea(inputs)
});
/**
* | output |
* | --- |
* | "You reached this directory through CSP \"admin on behalf of\". You have no account of your own here, and Microsoft refuses to link from such a session. Ask the..." |
*
* @param {Note_Csp_AoboInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const note_csp_aobo = /** @type {((inputs?: Note_Csp_AoboInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Note_Csp_AoboInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.note_csp_aobo(inputs)
	return __en.note_csp_aobo(inputs)
});
/**
* | output |
* | --- |
* | "DPOR is no longer the way forward: link with PAL instead, in each directory." |
*
* @param {Note_Dpor_RetiredInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const note_dpor_retired = /** @type {((inputs?: Note_Dpor_RetiredInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Note_Dpor_RetiredInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.note_dpor_retired(inputs)
	return __en.note_dpor_retired(inputs)
});
/**
* | output |
* | --- |
* | "This access comes through Azure Lighthouse: link in your own organization's directory, on the account that holds the delegated roles. That link counts for th..." |
*
* @param {Note_LighthouseInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const note_lighthouse = /** @type {((inputs?: Note_LighthouseInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Note_LighthouseInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.note_lighthouse(inputs)
	return __en.note_lighthouse(inputs)
});
/**
* | output |
* | --- |
* | "This account has no Azure role in this directory, so linking earns nothing here until the customer gives it one (Reader for recognition, Contributor or Owner..." |
*
* @param {Note_No_AccessInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const note_no_access = /** @type {((inputs?: Note_No_AccessInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Note_No_AccessInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.note_no_access(inputs)
	return __en.note_no_access(inputs)
});
/**
* | output |
* | --- |
* | "A role here is only eligible through Privileged Identity Management: it counts only while it is activated." |
*
* @param {Note_Pim_EligibleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const note_pim_eligible = /** @type {((inputs?: Note_Pim_EligibleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Note_Pim_EligibleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.note_pim_eligible(inputs)
	return __en.note_pim_eligible(inputs)
});
/**
* | output |
* | --- |
* | "Reader counts for recognition, but not for incentives such as partner earned credit: those need Contributor or Owner." |
*
* @param {Note_Reader_No_IncentivesInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const note_reader_no_incentives = /** @type {((inputs?: Note_Reader_No_IncentivesInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Note_Reader_No_IncentivesInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.note_reader_no_incentives(inputs)
	return __en.note_reader_no_incentives(inputs)
});
/**
* | output |
* | --- |
* | "A role comes through a group you belong to; it counts like a role given to you directly." |
*
* @param {Note_Role_Through_GroupInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const note_role_through_group = /** @type {((inputs?: Note_Role_Through_GroupInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Note_Role_Through_GroupInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.note_role_through_group(inputs)
	return __en.note_role_through_group(inputs)
});
/**
* | output |
* | --- |
* | "The roles here could not be read, so what the access earns cannot be told." |
*
* @param {Note_Roles_UnreadableInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const note_roles_unreadable = /** @type {((inputs?: Note_Roles_UnreadableInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Note_Roles_UnreadableInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.note_roles_unreadable(inputs)
	return __en.note_roles_unreadable(inputs)
});
/**
* | output |
* | --- |
* | "A subscription here is not active (disabled, past due or deleted), so it produces little or no usage to recognize." |
*
* @param {Note_Subscription_Not_ActiveInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const note_subscription_not_active = /** @type {((inputs?: Note_Subscription_Not_ActiveInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Note_Subscription_Not_ActiveInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.note_subscription_not_active(inputs)
	return __en.note_subscription_not_active(inputs)
});
/**
* | output |
* | --- |
* | "Azure for Students" |
*
* @param {Offer_Azure_For_StudentsInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const offer_azure_for_students = /** @type {((inputs?: Offer_Azure_For_StudentsInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Offer_Azure_For_StudentsInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.offer_azure_for_students(inputs)
	return __en.offer_azure_for_students(inputs)
});
/**
* | output |
* | --- |
* | "Azure in Open" |
*
* @param {Offer_Azure_In_OpenInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const offer_azure_in_open = /** @type {((inputs?: Offer_Azure_In_OpenInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Offer_Azure_In_OpenInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.offer_azure_in_open(inputs)
	return __en.offer_azure_in_open(inputs)
});
/**
* | output |
* | --- |
* | "Azure Pass" |
*
* @param {Offer_Azure_PassInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const offer_azure_pass = /** @type {((inputs?: Offer_Azure_PassInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Offer_Azure_PassInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.offer_azure_pass(inputs)
	return __en.offer_azure_pass(inputs)
});
/**
* | output |
* | --- |
* | "Azure plan" |
*
* @param {Offer_Azure_PlanInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const offer_azure_plan = /** @type {((inputs?: Offer_Azure_PlanInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Offer_Azure_PlanInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.offer_azure_plan(inputs)
	return __en.offer_azure_plan(inputs)
});
/**
* | output |
* | --- |
* | "Cloud Solution Provider (CSP)" |
*
* @param {Offer_CspInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const offer_csp = /** @type {((inputs?: Offer_CspInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Offer_CspInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.offer_csp(inputs)
	return __en.offer_csp(inputs)
});
/**
* | output |
* | --- |
* | "Default" |
*
* @param {Offer_DefaultInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const offer_default = /** @type {((inputs?: Offer_DefaultInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Offer_DefaultInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.offer_default(inputs)
	return __en.offer_default(inputs)
});
/**
* | output |
* | --- |
* | "Dev/Test" |
*
* @param {Offer_Dev_TestInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const offer_dev_test = /** @type {((inputs?: Offer_Dev_TestInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Offer_Dev_TestInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.offer_dev_test(inputs)
	return __en.offer_dev_test(inputs)
});
/**
* | output |
* | --- |
* | "Enterprise Agreement or Azure plan" |
*
* @param {Offer_Ea_Or_Azure_PlanInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const offer_ea_or_azure_plan = /** @type {((inputs?: Offer_Ea_Or_Azure_PlanInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Offer_Ea_Or_Azure_PlanInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.offer_ea_or_azure_plan(inputs)
	return __en.offer_ea_or_azure_plan(inputs)
});
/**
* | output |
* | --- |
* | "Enterprise Agreement" |
*
* @param {Offer_Enterprise_AgreementInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const offer_enterprise_agreement = /** @type {((inputs?: Offer_Enterprise_AgreementInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Offer_Enterprise_AgreementInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.offer_enterprise_agreement(inputs)
	return __en.offer_enterprise_agreement(inputs)
});
/**
* | output |
* | --- |
* | "Free trial" |
*
* @param {Offer_Free_TrialInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const offer_free_trial = /** @type {((inputs?: Offer_Free_TrialInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Offer_Free_TrialInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.offer_free_trial(inputs)
	return __en.offer_free_trial(inputs)
});
/**
* | output |
* | --- |
* | "Microsoft internal" |
*
* @param {Offer_InternalInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const offer_internal = /** @type {((inputs?: Offer_InternalInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Offer_InternalInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.offer_internal(inputs)
	return __en.offer_internal(inputs)
});
/**
* | output |
* | --- |
* | "Partner benefits" |
*
* @param {Offer_Partner_BenefitsInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const offer_partner_benefits = /** @type {((inputs?: Offer_Partner_BenefitsInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Offer_Partner_BenefitsInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.offer_partner_benefits(inputs)
	return __en.offer_partner_benefits(inputs)
});
/**
* | output |
* | --- |
* | "Pay-as-you-go" |
*
* @param {Offer_Pay_As_You_GoInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const offer_pay_as_you_go = /** @type {((inputs?: Offer_Pay_As_You_GoInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Offer_Pay_As_You_GoInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.offer_pay_as_you_go(inputs)
	return __en.offer_pay_as_you_go(inputs)
});
/**
* | output |
* | --- |
* | "Sponsored" |
*
* @param {Offer_SponsoredInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const offer_sponsored = /** @type {((inputs?: Offer_SponsoredInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Offer_SponsoredInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.offer_sponsored(inputs)
	return __en.offer_sponsored(inputs)
});
/**
* | output |
* | --- |
* | "Azure for Students Starter" |
*
* @param {Offer_Student_StarterInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const offer_student_starter = /** @type {((inputs?: Offer_Student_StarterInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Offer_Student_StarterInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.offer_student_starter(inputs)
	return __en.offer_student_starter(inputs)
});
/**
* | output |
* | --- |
* | "Unknown type" |
*
* @param {Offer_UnknownInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const offer_unknown = /** @type {((inputs?: Offer_UnknownInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Offer_UnknownInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.offer_unknown(inputs)
	return __en.offer_unknown(inputs)
});
/**
* | output |
* | --- |
* | "Visual Studio" |
*
* @param {Offer_Visual_StudioInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const offer_visual_studio = /** @type {((inputs?: Offer_Visual_StudioInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Offer_Visual_StudioInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.offer_visual_studio(inputs)
	return __en.offer_visual_studio(inputs)
});
/**
* | output |
* | --- |
* | "As of {time}: linked in {linked} of {total} directories." |
*
* @param {Overview_As_OfInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_as_of = /** @type {((inputs: Overview_As_OfInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_As_OfInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_as_of(inputs)
	return __en.overview_as_of(inputs)
});
/**
* | output |
* | --- |
* | "with {account}" |
*
* @param {Overview_ByInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_by = /** @type {((inputs: Overview_ByInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_ByInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_by(inputs)
	return __en.overview_by(inputs)
});
/**
* | output |
* | --- |
* | "Checking directory {done} of {total}…" |
*
* @param {Overview_CheckingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_checking = /** @type {((inputs: Overview_CheckingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_CheckingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_checking(inputs)
	return __en.overview_checking(inputs)
});
/**
* | output |
* | --- |
* | "Choose {name}" |
*
* @param {Overview_Choose_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_choose_label = /** @type {((inputs: Overview_Choose_LabelInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Choose_LabelInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_choose_label(inputs)
	return __en.overview_choose_label(inputs)
});
/**
* | output |
* | --- |
* | "Choose all not linked ({count})" |
*
* @param {Overview_Choose_UnlinkedInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_choose_unlinked = /** @type {((inputs: Overview_Choose_UnlinkedInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Choose_UnlinkedInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_choose_unlinked(inputs)
	return __en.overview_choose_unlinked(inputs)
});
/**
* | output |
* | --- |
* | "Best role" |
*
* @param {Overview_Col_AccessInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_col_access = /** @type {((inputs?: Overview_Col_AccessInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Col_AccessInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_col_access(inputs)
	return __en.overview_col_access(inputs)
});
/**
* | output |
* | --- |
* | "Choose" |
*
* @param {Overview_Col_ChooseInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_col_choose = /** @type {((inputs?: Overview_Col_ChooseInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Col_ChooseInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_col_choose(inputs)
	return __en.overview_col_choose(inputs)
});
/**
* | output |
* | --- |
* | "Directory" |
*
* @param {Overview_Col_DirectoryInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_col_directory = /** @type {((inputs?: Overview_Col_DirectoryInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Col_DirectoryInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_col_directory(inputs)
	return __en.overview_col_directory(inputs)
});
/**
* | output |
* | --- |
* | "Partner ID" |
*
* @param {Overview_Col_LinkInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_col_link = /** @type {((inputs?: Overview_Col_LinkInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Col_LinkInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_col_link(inputs)
	return __en.overview_col_link(inputs)
});
/**
* | output |
* | --- |
* | "In the way" |
*
* @param {Overview_Col_ProblemInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_col_problem = /** @type {((inputs?: Overview_Col_ProblemInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Col_ProblemInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_col_problem(inputs)
	return __en.overview_col_problem(inputs)
});
/**
* | output |
* | --- |
* | "This run" |
*
* @param {Overview_Col_RunInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_col_run = /** @type {((inputs?: Overview_Col_RunInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Col_RunInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_col_run(inputs)
	return __en.overview_col_run(inputs)
});
/**
* | output |
* | --- |
* | "counts for recognition and incentives" |
*
* @param {Overview_Earns_BothInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_earns_both = /** @type {((inputs?: Overview_Earns_BothInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Earns_BothInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_earns_both(inputs)
	return __en.overview_earns_both(inputs)
});
/**
* | output |
* | --- |
* | "earns nothing yet" |
*
* @param {Overview_Earns_NothingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_earns_nothing = /** @type {((inputs?: Overview_Earns_NothingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Earns_NothingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_earns_nothing(inputs)
	return __en.overview_earns_nothing(inputs)
});
/**
* | output |
* | --- |
* | "counts for recognition" |
*
* @param {Overview_Earns_RecognitionInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_earns_recognition = /** @type {((inputs?: Overview_Earns_RecognitionInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Earns_RecognitionInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_earns_recognition(inputs)
	return __en.overview_earns_recognition(inputs)
});
/**
* | output |
* | --- |
* | "Your signed-in accounts reach no directories." |
*
* @param {Overview_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_empty = /** @type {((inputs?: Overview_EmptyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_EmptyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_empty(inputs)
	return __en.overview_empty(inputs)
});
/**
* | output |
* | --- |
* | "Where your partner ID is linked, by which account, with what access, as of when: for incentive claims and audits. Saved in your proofs folder." |
*
* @param {Overview_Export_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_export_body = /** @type {((inputs?: Overview_Export_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Export_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_export_body(inputs)
	return __en.overview_export_body(inputs)
});
/**
* | output |
* | --- |
* | "Save as a spreadsheet (CSV)" |
*
* @param {Overview_Export_CsvInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_export_csv = /** @type {((inputs?: Overview_Export_CsvInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Export_CsvInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_export_csv(inputs)
	return __en.overview_export_csv(inputs)
});
/**
* | output |
* | --- |
* | "Report" |
*
* @param {Overview_Export_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_export_heading = /** @type {((inputs?: Overview_Export_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Export_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_export_heading(inputs)
	return __en.overview_export_heading(inputs)
});
/**
* | output |
* | --- |
* | "Open a printable page" |
*
* @param {Overview_Export_HtmlInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_export_html = /** @type {((inputs?: Overview_Export_HtmlInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Export_HtmlInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_export_html(inputs)
	return __en.overview_export_html(inputs)
});
/**
* | output |
* | --- |
* | "Save as JSON" |
*
* @param {Overview_Export_JsonInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_export_json = /** @type {((inputs?: Overview_Export_JsonInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Export_JsonInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_export_json(inputs)
	return __en.overview_export_json(inputs)
});
/**
* | output |
* | --- |
* | "Saved: {path}" |
*
* @param {Overview_Export_SavedInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_export_saved = /** @type {((inputs: Overview_Export_SavedInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Export_SavedInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_export_saved(inputs)
	return __en.overview_export_saved(inputs)
});
/**
* | output |
* | --- |
* | "Linking partner ID {id}, started {time}, stopped before it finished: {remaining} of {total} directories are left. Continuing does only those; none is linked ..." |
*
* @param {Overview_Interrupted_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_interrupted_body = /** @type {((inputs: Overview_Interrupted_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Interrupted_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_interrupted_body(inputs)
	return __en.overview_interrupted_body(inputs)
});
/**
* | output |
* | --- |
* | "{count} lines of the run's record could not be read (the app stopped while writing them). Those directories are checked again before anything is written." |
*
* @param {Overview_Interrupted_DamagedInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_interrupted_damaged = /** @type {((inputs: Overview_Interrupted_DamagedInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Interrupted_DamagedInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_interrupted_damaged(inputs)
	return __en.overview_interrupted_damaged(inputs)
});
/**
* | output |
* | --- |
* | "Forget it" |
*
* @param {Overview_Interrupted_ForgetInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_interrupted_forget = /** @type {((inputs?: Overview_Interrupted_ForgetInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Interrupted_ForgetInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_interrupted_forget(inputs)
	return __en.overview_interrupted_forget(inputs)
});
/**
* | output |
* | --- |
* | "A run was interrupted" |
*
* @param {Overview_Interrupted_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_interrupted_heading = /** @type {((inputs?: Overview_Interrupted_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Interrupted_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_interrupted_heading(inputs)
	return __en.overview_interrupted_heading(inputs)
});
/**
* | output |
* | --- |
* | "Continue the run" |
*
* @param {Overview_Interrupted_ResumeInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_interrupted_resume = /** @type {((inputs?: Overview_Interrupted_ResumeInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Interrupted_ResumeInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_interrupted_resume(inputs)
	return __en.overview_interrupted_resume(inputs)
});
/**
* | output |
* | --- |
* | "Each directory your signed-in accounts reach: whether your partner ID is linked there, what your access earns, and what stands in the way. Choose directories..." |
*
* @param {Overview_IntroInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_intro = /** @type {((inputs?: Overview_IntroInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_IntroInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_intro(inputs)
	return __en.overview_intro(inputs)
});
/**
* | output |
* | --- |
* | "Link in the {count} chosen directories" |
*
* @param {Overview_Link_ChosenInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_link_chosen = /** @type {((inputs: Overview_Link_ChosenInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Link_ChosenInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_link_chosen(inputs)
	return __en.overview_link_chosen(inputs)
});
/**
* | output |
* | --- |
* | "Directories linked to another partner ID are left alone: change those one at a time, from their own screen. Directories where Microsoft refuses links (CSP ad..." |
*
* @param {Overview_Link_HintInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_link_hint = /** @type {((inputs?: Overview_Link_HintInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Link_HintInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_link_hint(inputs)
	return __en.overview_link_hint(inputs)
});
/**
* | output |
* | --- |
* | "Not linked" |
*
* @param {Overview_Not_LinkedInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_not_linked = /** @type {((inputs?: Overview_Not_LinkedInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Not_LinkedInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_not_linked(inputs)
	return __en.overview_not_linked(inputs)
});
/**
* | output |
* | --- |
* | "Blocked by the customer's Conditional Access" |
*
* @param {Overview_Problem_CaInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_problem_ca = /** @type {((inputs?: Overview_Problem_CaInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Problem_CaInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_problem_ca(inputs)
	return __en.overview_problem_ca(inputs)
});
/**
* | output |
* | --- |
* | "The customer hasn't approved the sign-in app" |
*
* @param {Overview_Problem_ConsentInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_problem_consent = /** @type {((inputs?: Overview_Problem_ConsentInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Problem_ConsentInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_problem_consent(inputs)
	return __en.overview_problem_consent(inputs)
});
/**
* | output |
* | --- |
* | "Only CSP admin-on-behalf-of: Microsoft refuses links from it" |
*
* @param {Overview_Problem_CspInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_problem_csp = /** @type {((inputs?: Overview_Problem_CspInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Problem_CspInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_problem_csp(inputs)
	return __en.overview_problem_csp(inputs)
});
/**
* | output |
* | --- |
* | "Could not be checked" |
*
* @param {Overview_Problem_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_problem_failed = /** @type {((inputs?: Overview_Problem_FailedInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Problem_FailedInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_problem_failed(inputs)
	return __en.overview_problem_failed(inputs)
});
/**
* | output |
* | --- |
* | "Needs an extra sign-in (MFA)" |
*
* @param {Overview_Problem_MfaInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_problem_mfa = /** @type {((inputs?: Overview_Problem_MfaInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Problem_MfaInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_problem_mfa(inputs)
	return __en.overview_problem_mfa(inputs)
});
/**
* | output |
* | --- |
* | "No Azure role yet" |
*
* @param {Overview_Problem_No_AccessInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_problem_no_access = /** @type {((inputs?: Overview_Problem_No_AccessInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Problem_No_AccessInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_problem_no_access(inputs)
	return __en.overview_problem_no_access(inputs)
});
/**
* | output |
* | --- |
* | "Sign in again (the sign-in expired)" |
*
* @param {Overview_Problem_Sign_In_AgainInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_problem_sign_in_again = /** @type {((inputs?: Overview_Problem_Sign_In_AgainInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Problem_Sign_In_AgainInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_problem_sign_in_again(inputs)
	return __en.overview_problem_sign_in_again(inputs)
});
/**
* | output |
* | --- |
* | "They ask for an extra sign-in (such as MFA). Do them one at a time: sign in, and the link is made straight after." |
*
* @param {Overview_Queue_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_queue_body = /** @type {((inputs?: Overview_Queue_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Queue_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_queue_body(inputs)
	return __en.overview_queue_body(inputs)
});
/**
* | output |
* | --- |
* | "These directories need you to sign in" |
*
* @param {Overview_Queue_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_queue_heading = /** @type {((inputs?: Overview_Queue_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Queue_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_queue_heading(inputs)
	return __en.overview_queue_heading(inputs)
});
/**
* | output |
* | --- |
* | "Sign in and link" |
*
* @param {Overview_Queue_Sign_InInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_queue_sign_in = /** @type {((inputs?: Overview_Queue_Sign_InInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Queue_Sign_InInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_queue_sign_in(inputs)
	return __en.overview_queue_sign_in(inputs)
});
/**
* | output |
* | --- |
* | "Check again" |
*
* @param {Overview_RefreshInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_refresh = /** @type {((inputs?: Overview_RefreshInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_RefreshInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_refresh(inputs)
	return __en.overview_refresh(inputs)
});
/**
* | output |
* | --- |
* | "Already linked" |
*
* @param {Overview_Result_AlreadyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_result_already = /** @type {((inputs?: Overview_Result_AlreadyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Result_AlreadyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_result_already(inputs)
	return __en.overview_result_already(inputs)
});
/**
* | output |
* | --- |
* | "Failed; tried again if you continue" |
*
* @param {Overview_Result_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_result_failed = /** @type {((inputs?: Overview_Result_FailedInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Result_FailedInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_result_failed(inputs)
	return __en.overview_result_failed(inputs)
});
/**
* | output |
* | --- |
* | "Linked" |
*
* @param {Overview_Result_LinkedInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_result_linked = /** @type {((inputs?: Overview_Result_LinkedInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Result_LinkedInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_result_linked(inputs)
	return __en.overview_result_linked(inputs)
});
/**
* | output |
* | --- |
* | "Left alone: linked to {id}" |
*
* @param {Overview_Result_OtherInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_result_other = /** @type {((inputs: Overview_Result_OtherInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Result_OtherInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_result_other(inputs)
	return __en.overview_result_other(inputs)
});
/**
* | output |
* | --- |
* | "Waiting for your sign-in" |
*
* @param {Overview_Result_Sign_InInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_result_sign_in = /** @type {((inputs?: Overview_Result_Sign_InInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Result_Sign_InInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_result_sign_in(inputs)
	return __en.overview_result_sign_in(inputs)
});
/**
* | output |
* | --- |
* | "Stop" |
*
* @param {Overview_Run_CancelInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_run_cancel = /** @type {((inputs?: Overview_Run_CancelInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Run_CancelInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_run_cancel(inputs)
	return __en.overview_run_cancel(inputs)
});
/**
* | output |
* | --- |
* | "Stopped. The directories not done yet can be linked later: the app offers to continue." |
*
* @param {Overview_Run_CancelledInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_run_cancelled = /** @type {((inputs?: Overview_Run_CancelledInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Run_CancelledInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_run_cancelled(inputs)
	return __en.overview_run_cancelled(inputs)
});
/**
* | output |
* | --- |
* | "Continue" |
*
* @param {Overview_Run_ContinueInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_run_continue = /** @type {((inputs?: Overview_Run_ContinueInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Run_ContinueInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_run_continue(inputs)
	return __en.overview_run_continue(inputs)
});
/**
* | output |
* | --- |
* | "{done} of {total} done: linked {linked}, already linked {already}, linked to another ID {other}, waiting for you to sign in {waiting}, failed {failed}." |
*
* @param {Overview_Run_CountsInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_run_counts = /** @type {((inputs: Overview_Run_CountsInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Run_CountsInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_run_counts(inputs)
	return __en.overview_run_counts(inputs)
});
/**
* | output |
* | --- |
* | "Finished." |
*
* @param {Overview_Run_FinishedInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_run_finished = /** @type {((inputs?: Overview_Run_FinishedInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Run_FinishedInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_run_finished(inputs)
	return __en.overview_run_finished(inputs)
});
/**
* | output |
* | --- |
* | "Linking partner ID {id}" |
*
* @param {Overview_Run_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_run_heading = /** @type {((inputs: Overview_Run_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Run_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_run_heading(inputs)
	return __en.overview_run_heading(inputs)
});
/**
* | output |
* | --- |
* | "Pause" |
*
* @param {Overview_Run_PauseInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_run_pause = /** @type {((inputs?: Overview_Run_PauseInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Run_PauseInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_run_pause(inputs)
	return __en.overview_run_pause(inputs)
});
/**
* | output |
* | --- |
* | "Paused: directories already started finish; no new ones start until you continue." |
*
* @param {Overview_Run_PausedInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_run_paused = /** @type {((inputs?: Overview_Run_PausedInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Run_PausedInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_run_paused(inputs)
	return __en.overview_run_paused(inputs)
});
/**
* | output |
* | --- |
* | "Azure asked to slow down {count} times; the whole run waited each time, as Azure asks." |
*
* @param {Overview_Run_ThrottledInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_run_throttled = /** @type {((inputs: Overview_Run_ThrottledInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Run_ThrottledInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_run_throttled(inputs)
	return __en.overview_run_throttled(inputs)
});
/**
* | output |
* | --- |
* | "Directories, their link, access and problems" |
*
* @param {Overview_Table_CaptionInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_table_caption = /** @type {((inputs?: Overview_Table_CaptionInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Table_CaptionInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_table_caption(inputs)
	return __en.overview_table_caption(inputs)
});
/**
* | output |
* | --- |
* | "Every directory at once" |
*
* @param {Overview_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const overview_title = /** @type {((inputs?: Overview_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.overview_title(inputs)
	return __en.overview_title(inputs)
});
/**
* | output |
* | --- |
* | "Check what will happen" |
*
* @param {Pal_CheckInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_check = /** @type {((inputs?: Pal_CheckInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_CheckInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_check(inputs)
	return __en.pal_check(inputs)
});
/**
* | output |
* | --- |
* | "What you pasted has more than one number that could be a partner ID. Choose the one Partner Center shows as your \"Associated PartnerID\"." |
*
* @param {Pal_Choose_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_choose_body = /** @type {((inputs?: Pal_Choose_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_Choose_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_choose_body(inputs)
	return __en.pal_choose_body(inputs)
});
/**
* | output |
* | --- |
* | "Which of these is your partner ID?" |
*
* @param {Pal_Choose_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_choose_heading = /** @type {((inputs?: Pal_Choose_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_Choose_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_choose_heading(inputs)
	return __en.pal_choose_heading(inputs)
});
/**
* | output |
* | --- |
* | "Use {id}" |
*
* @param {Pal_Choose_OptionInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_choose_option = /** @type {((inputs: Pal_Choose_OptionInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_Choose_OptionInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_choose_option(inputs)
	return __en.pal_choose_option(inputs)
});
/**
* | output |
* | --- |
* | "Yes, change it to {id}" |
*
* @param {Pal_Do_ChangeInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_do_change = /** @type {((inputs: Pal_Do_ChangeInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_Do_ChangeInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_do_change(inputs)
	return __en.pal_do_change(inputs)
});
/**
* | output |
* | --- |
* | "Link partner ID {id}" |
*
* @param {Pal_Do_CreateInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_do_create = /** @type {((inputs: Pal_Do_CreateInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_Do_CreateInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_do_create(inputs)
	return __en.pal_do_create(inputs)
});
/**
* | output |
* | --- |
* | "Yes, remove the link" |
*
* @param {Pal_Do_RemoveInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_do_remove = /** @type {((inputs?: Pal_Do_RemoveInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_Do_RemoveInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_do_remove(inputs)
	return __en.pal_do_remove(inputs)
});
/**
* | output |
* | --- |
* | "Done: the linked partner ID is now {id}." |
*
* @param {Pal_Done_ChangeInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_done_change = /** @type {((inputs: Pal_Done_ChangeInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_Done_ChangeInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_done_change(inputs)
	return __en.pal_done_change(inputs)
});
/**
* | output |
* | --- |
* | "Done: partner ID {id} is linked for this account in this directory." |
*
* @param {Pal_Done_CreateInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_done_create = /** @type {((inputs: Pal_Done_CreateInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_Done_CreateInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_done_create(inputs)
	return __en.pal_done_create(inputs)
});
/**
* | output |
* | --- |
* | "Microsoft knows this partner ID as {name}. If that is not your organization, change the ID now." |
*
* @param {Pal_Done_NameInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_done_name = /** @type {((inputs: Pal_Done_NameInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_Done_NameInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_done_name(inputs)
	return __en.pal_done_name(inputs)
});
/**
* | output |
* | --- |
* | "Nothing needed to change." |
*
* @param {Pal_Done_NothingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_done_nothing = /** @type {((inputs?: Pal_Done_NothingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_Done_NothingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_done_nothing(inputs)
	return __en.pal_done_nothing(inputs)
});
/**
* | output |
* | --- |
* | "Done: the link was removed." |
*
* @param {Pal_Done_RemoveInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_done_remove = /** @type {((inputs?: Pal_Done_RemoveInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_Done_RemoveInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_done_remove(inputs)
	return __en.pal_done_remove(inputs)
});
/**
* | output |
* | --- |
* | "The connection dropped after the request was sent; the app read the link again, and it is in place. It was done once." |
*
* @param {Pal_Done_RereadInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_done_reread = /** @type {((inputs?: Pal_Done_RereadInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_Done_RereadInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_done_reread(inputs)
	return __en.pal_done_reread(inputs)
});
/**
* | output |
* | --- |
* | "Paste it as you have it: spaces and labels such as \"MPN ID:\" are fine. It is in Partner Center, under Account settings, Identifiers." |
*
* @param {Pal_Form_HintInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_form_hint = /** @type {((inputs?: Pal_Form_HintInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_Form_HintInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_form_hint(inputs)
	return __en.pal_form_hint(inputs)
});
/**
* | output |
* | --- |
* | "Your organization's Associated Partner ID" |
*
* @param {Pal_Form_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_form_label = /** @type {((inputs?: Pal_Form_LabelInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_Form_LabelInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_form_label(inputs)
	return __en.pal_form_label(inputs)
});
/**
* | output |
* | --- |
* | "Not now" |
*
* @param {Pal_Not_NowInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_not_now = /** @type {((inputs?: Pal_Not_NowInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_Not_NowInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_not_now(inputs)
	return __en.pal_not_now(inputs)
});
/**
* | output |
* | --- |
* | "Already linked to partner ID {id}: nothing to change." |
*
* @param {Pal_Plan_AlreadyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_plan_already = /** @type {((inputs: Pal_Plan_AlreadyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_Plan_AlreadyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_plan_already(inputs)
	return __en.pal_plan_already(inputs)
});
/**
* | output |
* | --- |
* | "This changes the linked partner ID from {from} to {to}. From now on, Microsoft credits {to} for this account's work here." |
*
* @param {Pal_Plan_ChangeInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_plan_change = /** @type {((inputs: Pal_Plan_ChangeInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_Plan_ChangeInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_plan_change(inputs)
	return __en.pal_plan_change(inputs)
});
/**
* | output |
* | --- |
* | "This links partner ID {id} to the account {account} in this directory." |
*
* @param {Pal_Plan_CreateInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_plan_create = /** @type {((inputs: Pal_Plan_CreateInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_Plan_CreateInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_plan_create(inputs)
	return __en.pal_plan_create(inputs)
});
/**
* | output |
* | --- |
* | "No partner ID is linked, so there is nothing to remove." |
*
* @param {Pal_Plan_NothingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_plan_nothing = /** @type {((inputs?: Pal_Plan_NothingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_Plan_NothingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_plan_nothing(inputs)
	return __en.pal_plan_nothing(inputs)
});
/**
* | output |
* | --- |
* | "This removes the link to partner ID {id}. Microsoft then credits no partner for this account's work here." |
*
* @param {Pal_Plan_RemoveInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_plan_remove = /** @type {((inputs: Pal_Plan_RemoveInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_Plan_RemoveInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_plan_remove(inputs)
	return __en.pal_plan_remove(inputs)
});
/**
* | output |
* | --- |
* | "Remove the link…" |
*
* @param {Pal_RemoveInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_remove = /** @type {((inputs?: Pal_RemoveInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_RemoveInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_remove(inputs)
	return __en.pal_remove(inputs)
});
/**
* | output |
* | --- |
* | "Microsoft's request ID: {id}" |
*
* @param {Pal_Request_IdInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_request_id = /** @type {((inputs: Pal_Request_IdInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_Request_IdInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_request_id(inputs)
	return __en.pal_request_id(inputs)
});
/**
* | output |
* | --- |
* | "Asking Microsoft…" |
*
* @param {Pal_WorkingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const pal_working = /** @type {((inputs?: Pal_WorkingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pal_WorkingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.pal_working(inputs)
	return __en.pal_working(inputs)
});
/**
* | output |
* | --- |
* | "Practice — nothing is sent to Microsoft" |
*
* @param {Practice_BadgeInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const practice_badge = /** @type {((inputs?: Practice_BadgeInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Practice_BadgeInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.practice_badge(inputs)
	return __en.practice_badge(inputs)
});
/**
* | output |
* | --- |
* | "Leave practice" |
*
* @param {Practice_LeaveInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const practice_leave = /** @type {((inputs?: Practice_LeaveInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Practice_LeaveInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.practice_leave(inputs)
	return __en.practice_leave(inputs)
});
/**
* | output |
* | --- |
* | "Try every step first on example customers in a pretend Azure inside this app, things going wrong included. Nothing is sent to Microsoft." |
*
* @param {Practice_Offer_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const practice_offer_body = /** @type {((inputs?: Practice_Offer_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Practice_Offer_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.practice_offer_body(inputs)
	return __en.practice_offer_body(inputs)
});
/**
* | output |
* | --- |
* | "New to this? Practise first" |
*
* @param {Practice_Offer_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const practice_offer_heading = /** @type {((inputs?: Practice_Offer_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Practice_Offer_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.practice_offer_heading(inputs)
	return __en.practice_offer_heading(inputs)
});
/**
* | output |
* | --- |
* | "Everything here happens in a pretend Azure with example customers. When you sign in, pick any example account: the practice sign-in page shows its password. ..." |
*
* @param {Practice_On_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const practice_on_body = /** @type {((inputs?: Practice_On_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Practice_On_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.practice_on_body(inputs)
	return __en.practice_on_body(inputs)
});
/**
* | output |
* | --- |
* | "You are practising" |
*
* @param {Practice_On_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const practice_on_heading = /** @type {((inputs?: Practice_On_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Practice_On_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.practice_on_heading(inputs)
	return __en.practice_on_heading(inputs)
});
/**
* | output |
* | --- |
* | "Choose one, then link a partner ID in any example directory: that link meets the problem, so you can see what the app does about it." |
*
* @param {Practice_Problem_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const practice_problem_body = /** @type {((inputs?: Practice_Problem_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Practice_Problem_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.practice_problem_body(inputs)
	return __en.practice_problem_body(inputs)
});
/**
* | output |
* | --- |
* | "Azure is busy when I link" |
*
* @param {Practice_Problem_BusyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const practice_problem_busy = /** @type {((inputs?: Practice_Problem_BusyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Practice_Problem_BusyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.practice_problem_busy(inputs)
	return __en.practice_problem_busy(inputs)
});
/**
* | output |
* | --- |
* | "The connection drops while I link" |
*
* @param {Practice_Problem_ConnectionInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const practice_problem_connection = /** @type {((inputs?: Practice_Problem_ConnectionInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Practice_Problem_ConnectionInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.practice_problem_connection(inputs)
	return __en.practice_problem_connection(inputs)
});
/**
* | output |
* | --- |
* | "Ready: the next link you make meets this problem." |
*
* @param {Practice_Problem_StagedInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const practice_problem_staged = /** @type {((inputs?: Practice_Problem_StagedInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Practice_Problem_StagedInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.practice_problem_staged(inputs)
	return __en.practice_problem_staged(inputs)
});
/**
* | output |
* | --- |
* | "Rehearse a problem" |
*
* @param {Practice_Problem_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const practice_problem_summary = /** @type {((inputs?: Practice_Problem_SummaryInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Practice_Problem_SummaryInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.practice_problem_summary(inputs)
	return __en.practice_problem_summary(inputs)
});
/**
* | output |
* | --- |
* | "Start practising" |
*
* @param {Practice_StartInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const practice_start = /** @type {((inputs?: Practice_StartInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Practice_StartInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.practice_start(inputs)
	return __en.practice_start(inputs)
});
/**
* | output |
* | --- |
* | "Starting practice…" |
*
* @param {Practice_StartingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const practice_starting = /** @type {((inputs?: Practice_StartingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Practice_StartingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.practice_starting(inputs)
	return __en.practice_starting(inputs)
});
/**
* | output |
* | --- |
* | "Turn it on before sharing your screen." |
*
* @param {Privacy_Off_HintInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const privacy_off_hint = /** @type {((inputs?: Privacy_Off_HintInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Off_HintInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.privacy_off_hint(inputs)
	return __en.privacy_off_hint(inputs)
});
/**
* | output |
* | --- |
* | "Emails and IDs are hidden for screen-sharing." |
*
* @param {Privacy_On_HintInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const privacy_on_hint = /** @type {((inputs?: Privacy_On_HintInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_On_HintInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.privacy_on_hint(inputs)
	return __en.privacy_on_hint(inputs)
});
/**
* | output |
* | --- |
* | "Privacy mode" |
*
* @param {Privacy_ToggleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const privacy_toggle = /** @type {((inputs?: Privacy_ToggleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_ToggleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.privacy_toggle(inputs)
	return __en.privacy_toggle(inputs)
});
/**
* | output |
* | --- |
* | "Save what Microsoft holds for this directory now, to keep for incentive claims and audits, or to show on the screen-share." |
*
* @param {Proof_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const proof_body = /** @type {((inputs?: Proof_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Proof_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.proof_body(inputs)
	return __en.proof_body(inputs)
});
/**
* | output |
* | --- |
* | "The summary is copied." |
*
* @param {Proof_CopiedInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const proof_copied = /** @type {((inputs?: Proof_CopiedInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Proof_CopiedInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.proof_copied(inputs)
	return __en.proof_copied(inputs)
});
/**
* | output |
* | --- |
* | "Copy a summary" |
*
* @param {Proof_CopyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const proof_copy = /** @type {((inputs?: Proof_CopyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Proof_CopyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.proof_copy(inputs)
	return __en.proof_copy(inputs)
});
/**
* | output |
* | --- |
* | "Proof of what is linked" |
*
* @param {Proof_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const proof_heading = /** @type {((inputs?: Proof_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Proof_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.proof_heading(inputs)
	return __en.proof_heading(inputs)
});
/**
* | output |
* | --- |
* | "Open the printable page" |
*
* @param {Proof_OpenInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const proof_open = /** @type {((inputs?: Proof_OpenInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Proof_OpenInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.proof_open(inputs)
	return __en.proof_open(inputs)
});
/**
* | output |
* | --- |
* | "Save a proof (printable page and JSON)" |
*
* @param {Proof_SaveInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const proof_save = /** @type {((inputs?: Proof_SaveInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Proof_SaveInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.proof_save(inputs)
	return __en.proof_save(inputs)
});
/**
* | output |
* | --- |
* | "Saved as {path}" |
*
* @param {Proof_SavedInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const proof_saved = /** @type {((inputs: Proof_SavedInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Proof_SavedInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.proof_saved(inputs)
	return __en.proof_saved(inputs)
});
/**
* | output |
* | --- |
* | "Reading the link again and saving…" |
*
* @param {Proof_SavingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const proof_saving = /** @type {((inputs?: Proof_SavingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Proof_SavingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.proof_saving(inputs)
	return __en.proof_saving(inputs)
});
/**
* | output |
* | --- |
* | "Partner Admin Link in {directory} ({tenant}), account {account}: {link} Access: {access} Checked {time}." |
*
* @param {Proof_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const proof_summary = /** @type {((inputs: Proof_SummaryInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Proof_SummaryInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.proof_summary(inputs)
	return __en.proof_summary(inputs)
});
/**
* | output |
* | --- |
* | "Continue" |
*
* @param {Resume_ContinueInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const resume_continue = /** @type {((inputs?: Resume_ContinueInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Resume_ContinueInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.resume_continue(inputs)
	return __en.resume_continue(inputs)
});
/**
* | output |
* | --- |
* | "You were working in {directory}." |
*
* @param {Resume_DirectoryInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const resume_directory = /** @type {((inputs: Resume_DirectoryInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Resume_DirectoryInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.resume_directory(inputs)
	return __en.resume_directory(inputs)
});
/**
* | output |
* | --- |
* | "Continue where you left off?" |
*
* @param {Resume_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const resume_heading = /** @type {((inputs?: Resume_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Resume_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.resume_heading(inputs)
	return __en.resume_heading(inputs)
});
/**
* | output |
* | --- |
* | "Start over" |
*
* @param {Resume_Start_OverInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const resume_start_over = /** @type {((inputs?: Resume_Start_OverInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Resume_Start_OverInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.resume_start_over(inputs)
	return __en.resume_start_over(inputs)
});
/**
* | output |
* | --- |
* | "Last time you got as far as \"{step}\" ({when})." |
*
* @param {Resume_WhereInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const resume_where = /** @type {((inputs: Resume_WhereInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Resume_WhereInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.resume_where(inputs)
	return __en.resume_where(inputs)
});
/**
* | output |
* | --- |
* | "Contributor" |
*
* @param {Role_ContributorInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const role_contributor = /** @type {((inputs?: Role_ContributorInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Role_ContributorInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.role_contributor(inputs)
	return __en.role_contributor(inputs)
});
/**
* | output |
* | --- |
* | "Owner" |
*
* @param {Role_OwnerInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const role_owner = /** @type {((inputs?: Role_OwnerInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Role_OwnerInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.role_owner(inputs)
	return __en.role_owner(inputs)
});
/**
* | output |
* | --- |
* | "Reader" |
*
* @param {Role_ReaderInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const role_reader = /** @type {((inputs?: Role_ReaderInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Role_ReaderInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.role_reader(inputs)
	return __en.role_reader(inputs)
});
/**
* | output |
* | --- |
* | "Support Request Contributor" |
*
* @param {Role_Support_Request_ContributorInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const role_support_request_contributor = /** @type {((inputs?: Role_Support_Request_ContributorInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Role_Support_Request_ContributorInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.role_support_request_contributor(inputs)
	return __en.role_support_request_contributor(inputs)
});
/**
* | output |
* | --- |
* | "User Access Administrator" |
*
* @param {Role_User_Access_AdministratorInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const role_user_access_administrator = /** @type {((inputs?: Role_User_Access_AdministratorInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Role_User_Access_AdministratorInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.role_user_access_administrator(inputs)
	return __en.role_user_access_administrator(inputs)
});
/**
* | output |
* | --- |
* | "Any Azure role allows the link and counts for recognition of what it reaches; Reader is usually enough for recognition." |
*
* @param {Rule_Any_Role_RecognitionInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const rule_any_role_recognition = /** @type {((inputs?: Rule_Any_Role_RecognitionInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rule_Any_Role_RecognitionInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.rule_any_role_recognition(inputs)
	return __en.rule_any_role_recognition(inputs)
});
/**
* | output |
* | --- |
* | "Incentives such as partner earned credit need Contributor or Owner; Reader does not qualify." |
*
* @param {Rule_Contributor_For_IncentivesInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const rule_contributor_for_incentives = /** @type {((inputs?: Rule_Contributor_For_IncentivesInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rule_Contributor_For_IncentivesInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.rule_contributor_for_incentives(inputs)
	return __en.rule_contributor_for_incentives(inputs)
});
/**
* | output |
* | --- |
* | "A CSP partner working in a customer's directory through admin on behalf of has no account there and cannot link. A guest account in the customer's directory ..." |
*
* @param {Rule_Csp_Aobo_Cannot_LinkInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const rule_csp_aobo_cannot_link = /** @type {((inputs?: Rule_Csp_Aobo_Cannot_LinkInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rule_Csp_Aobo_Cannot_LinkInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.rule_csp_aobo_cannot_link(inputs)
	return __en.rule_csp_aobo_cannot_link(inputs)
});
/**
* | output |
* | --- |
* | "DPOR was set by the customer for each subscription, only for Enterprise Agreement and pay-as-you-go subscriptions (not CSP or Azure plan). It has no API, and..." |
*
* @param {Rule_Dpor_RetiredInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const rule_dpor_retired = /** @type {((inputs?: Rule_Dpor_RetiredInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rule_Dpor_RetiredInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.rule_dpor_retired(inputs)
	return __en.rule_dpor_retired(inputs)
});
/**
* | output |
* | --- |
* | "When a subscription moves from an Enterprise Agreement to an Azure plan, the partner ID is not carried over: link again." |
*
* @param {Rule_Ea_To_Azure_Plan_Not_CarriedInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const rule_ea_to_azure_plan_not_carried = /** @type {((inputs?: Rule_Ea_To_Azure_Plan_Not_CarriedInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rule_Ea_To_Azure_Plan_Not_CarriedInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.rule_ea_to_azure_plan_not_carried(inputs)
	return __en.rule_ea_to_azure_plan_not_carried(inputs)
});
/**
* | output |
* | --- |
* | "Roles held through a group count like roles given directly." |
*
* @param {Rule_Group_Roles_CountInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const rule_group_roles_count = /** @type {((inputs?: Rule_Group_Roles_CountInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rule_Group_Roles_CountInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.rule_group_roles_count(inputs)
	return __en.rule_group_roles_count(inputs)
});
/**
* | output |
* | --- |
* | "With Azure Lighthouse, the partner links in their own (managing) directory, on an account that holds the delegated roles." |
*
* @param {Rule_Lighthouse_Link_In_Managing_DirectoryInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const rule_lighthouse_link_in_managing_directory = /** @type {((inputs?: Rule_Lighthouse_Link_In_Managing_DirectoryInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rule_Lighthouse_Link_In_Managing_DirectoryInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.rule_lighthouse_link_in_managing_directory(inputs)
	return __en.rule_lighthouse_link_in_managing_directory(inputs)
});
/**
* | output |
* | --- |
* | "The link belongs to one account in one directory, not to a subscription. A guest account is a different account in each customer's directory, so the partner ..." |
*
* @param {Rule_One_Identity_One_DirectoryInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const rule_one_identity_one_directory = /** @type {((inputs?: Rule_One_Identity_One_DirectoryInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rule_One_Identity_One_DirectoryInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.rule_one_identity_one_directory(inputs)
	return __en.rule_one_identity_one_directory(inputs)
});
/**
* | output |
* | --- |
* | "Only the account that made the link can change or remove it; the customer and other partners cannot." |
*
* @param {Rule_Only_Linker_Can_ChangeInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const rule_only_linker_can_change = /** @type {((inputs?: Rule_Only_Linker_Can_ChangeInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rule_Only_Linker_Can_ChangeInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.rule_only_linker_can_change(inputs)
	return __en.rule_only_linker_can_change(inputs)
});
/**
* | output |
* | --- |
* | "PAL gives no access. The customer first gives the partner's account an Azure role (or invites it as a guest, or delegates through Azure Lighthouse); PAL then..." |
*
* @param {Rule_Pal_Needs_Access_FirstInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const rule_pal_needs_access_first = /** @type {((inputs?: Rule_Pal_Needs_Access_FirstInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rule_Pal_Needs_Access_FirstInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.rule_pal_needs_access_first(inputs)
	return __en.rule_pal_needs_access_first(inputs)
});
/**
* | output |
* | --- |
* | "Roles from Privileged Identity Management count only while they are active." |
*
* @param {Rule_Pim_Only_While_ActiveInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const rule_pim_only_while_active = /** @type {((inputs?: Rule_Pim_Only_While_ActiveInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rule_Pim_Only_While_ActiveInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.rule_pim_only_while_active(inputs)
	return __en.rule_pim_only_while_active(inputs)
});
/**
* | output |
* | --- |
* | "Remove the saved sign-ins and start over" |
*
* @param {Saved_Start_OverInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const saved_start_over = /** @type {((inputs?: Saved_Start_OverInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Saved_Start_OverInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.saved_start_over(inputs)
	return __en.saved_start_over(inputs)
});
/**
* | output |
* | --- |
* | "The file with your saved sign-ins was changed, damaged or comes from another computer, so the app refused it. Nothing was sent anywhere." |
*
* @param {Saved_Unreadable_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const saved_unreadable_body = /** @type {((inputs?: Saved_Unreadable_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Saved_Unreadable_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.saved_unreadable_body(inputs)
	return __en.saved_unreadable_body(inputs)
});
/**
* | output |
* | --- |
* | "Your saved sign-ins cannot be used" |
*
* @param {Saved_Unreadable_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const saved_unreadable_heading = /** @type {((inputs?: Saved_Unreadable_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Saved_Unreadable_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.saved_unreadable_heading(inputs)
	return __en.saved_unreadable_heading(inputs)
});
/**
* | output |
* | --- |
* | "To reach customers' directories, this app signs you in through an app that your organization registers once in Microsoft Entra ID. Microsoft's own apps (such..." |
*
* @param {Setup_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const setup_body = /** @type {((inputs?: Setup_BodyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_BodyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.setup_body(inputs)
	return __en.setup_body(inputs)
});
/**
* | output |
* | --- |
* | "It looks like 00000000-0000-0000-0000-000000000000." |
*
* @param {Setup_Client_Id_HintInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const setup_client_id_hint = /** @type {((inputs?: Setup_Client_Id_HintInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Client_Id_HintInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.setup_client_id_hint(inputs)
	return __en.setup_client_id_hint(inputs)
});
/**
* | output |
* | --- |
* | "Application (client) ID of your organization's sign-in app" |
*
* @param {Setup_Client_Id_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const setup_client_id_label = /** @type {((inputs?: Setup_Client_Id_LabelInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Client_Id_LabelInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.setup_client_id_label(inputs)
	return __en.setup_client_id_label(inputs)
});
/**
* | output |
* | --- |
* | "Your organization's sign-in app is not set up yet" |
*
* @param {Setup_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const setup_heading = /** @type {((inputs?: Setup_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.setup_heading(inputs)
	return __en.setup_heading(inputs)
});
/**
* | output |
* | --- |
* | "Save and continue" |
*
* @param {Setup_SaveInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const setup_save = /** @type {((inputs?: Setup_SaveInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_SaveInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.setup_save(inputs)
	return __en.setup_save(inputs)
});
/**
* | output |
* | --- |
* | "The delegated API permission Azure Service Management, user_impersonation." |
*
* @param {Setup_Step_PermissionInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const setup_step_permission = /** @type {((inputs?: Setup_Step_PermissionInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Step_PermissionInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.setup_step_permission(inputs)
	return __en.setup_step_permission(inputs)
});
/**
* | output |
* | --- |
* | "\"Allow public client flows\" turned on, for signing in with a code." |
*
* @param {Setup_Step_PublicInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const setup_step_public = /** @type {((inputs?: Setup_Step_PublicInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Step_PublicInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.setup_step_public(inputs)
	return __en.setup_step_public(inputs)
});
/**
* | output |
* | --- |
* | "The platform \"Mobile and desktop applications\", with the redirect URI http://localhost." |
*
* @param {Setup_Step_RedirectInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const setup_step_redirect = /** @type {((inputs?: Setup_Step_RedirectInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Step_RedirectInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.setup_step_redirect(inputs)
	return __en.setup_step_redirect(inputs)
});
/**
* | output |
* | --- |
* | "In the Microsoft Entra admin center, under App registrations, a new registration for accounts in any organizational directory (multitenant)." |
*
* @param {Setup_Step_RegisterInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const setup_step_register = /** @type {((inputs?: Setup_Step_RegisterInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Step_RegisterInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.setup_step_register(inputs)
	return __en.setup_step_register(inputs)
});
/**
* | output |
* | --- |
* | "The Application (client) ID given to the people who use this app, or deployed for them in the file sign-in-app.json or the PARTNER_LINK_CLIENT_ID setting." |
*
* @param {Setup_Step_ShareInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const setup_step_share = /** @type {((inputs?: Setup_Step_ShareInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Step_ShareInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.setup_step_share(inputs)
	return __en.setup_step_share(inputs)
});
/**
* | output |
* | --- |
* | "What IT registers, once" |
*
* @param {Setup_Steps_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const setup_steps_heading = /** @type {((inputs?: Setup_Steps_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Steps_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.setup_steps_heading(inputs)
	return __en.setup_steps_heading(inputs)
});
/**
* | output |
* | --- |
* | "An app (service principal)" |
*
* @param {Signin_Account_AppInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_account_app = /** @type {((inputs?: Signin_Account_AppInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Account_AppInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_account_app(inputs)
	return __en.signin_account_app(inputs)
});
/**
* | output |
* | --- |
* | "Through the Azure CLI: {username}" |
*
* @param {Signin_Account_CliInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_account_cli = /** @type {((inputs: Signin_Account_CliInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Account_CliInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_account_cli(inputs)
	return __en.signin_account_cli(inputs)
});
/**
* | output |
* | --- |
* | "Home directory: {tenant}" |
*
* @param {Signin_Account_HomeInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_account_home = /** @type {((inputs: Signin_Account_HomeInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Account_HomeInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_account_home(inputs)
	return __en.signin_account_home(inputs)
});
/**
* | output |
* | --- |
* | "Signed in" |
*
* @param {Signin_Accounts_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_accounts_heading = /** @type {((inputs?: Signin_Accounts_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Accounts_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_accounts_heading(inputs)
	return __en.signin_accounts_heading(inputs)
});
/**
* | output |
* | --- |
* | "Recommended. Your web browser opens Microsoft's sign-in page. Come back here when you have finished." |
*
* @param {Signin_Browser_DescInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_browser_desc = /** @type {((inputs?: Signin_Browser_DescInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Browser_DescInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_browser_desc(inputs)
	return __en.signin_browser_desc(inputs)
});
/**
* | output |
* | --- |
* | "Sign in with your browser" |
*
* @param {Signin_Browser_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_browser_title = /** @type {((inputs?: Signin_Browser_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Browser_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_browser_title(inputs)
	return __en.signin_browser_title(inputs)
});
/**
* | output |
* | --- |
* | "Finish signing in in your browser. This window updates by itself when you are done." |
*
* @param {Signin_Browser_WaitingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_browser_waiting = /** @type {((inputs?: Signin_Browser_WaitingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Browser_WaitingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_browser_waiting(inputs)
	return __en.signin_browser_waiting(inputs)
});
/**
* | output |
* | --- |
* | "Cancel" |
*
* @param {Signin_CancelInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_cancel = /** @type {((inputs?: Signin_CancelInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_CancelInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_cancel(inputs)
	return __en.signin_cancel(inputs)
});
/**
* | output |
* | --- |
* | "If you already use the Azure CLI (az login) on this computer, the app can use that sign-in. Nothing of the CLI's is saved by the app." |
*
* @param {Signin_Cli_DescInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_cli_desc = /** @type {((inputs?: Signin_Cli_DescInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Cli_DescInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_cli_desc(inputs)
	return __en.signin_cli_desc(inputs)
});
/**
* | output |
* | --- |
* | "Use your Azure CLI sign-in" |
*
* @param {Signin_Cli_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_cli_title = /** @type {((inputs?: Signin_Cli_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Cli_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_cli_title(inputs)
	return __en.signin_cli_title(inputs)
});
/**
* | output |
* | --- |
* | "Continue to your directories" |
*
* @param {Signin_ContinueInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_continue = /** @type {((inputs?: Signin_ContinueInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_ContinueInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_continue(inputs)
	return __en.signin_continue(inputs)
});
/**
* | output |
* | --- |
* | "Continue to giving access" |
*
* @param {Signin_Continue_GrantInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_continue_grant = /** @type {((inputs?: Signin_Continue_GrantInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Continue_GrantInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_continue_grant(inputs)
	return __en.signin_continue_grant(inputs)
});
/**
* | output |
* | --- |
* | "Your sign-in code" |
*
* @param {Signin_Device_Code_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_device_code_label = /** @type {((inputs?: Signin_Device_Code_LabelInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Device_Code_LabelInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_device_code_label(inputs)
	return __en.signin_device_code_label(inputs)
});
/**
* | output |
* | --- |
* | "The code is copied." |
*
* @param {Signin_Device_CopiedInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_device_copied = /** @type {((inputs?: Signin_Device_CopiedInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Device_CopiedInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_device_copied(inputs)
	return __en.signin_device_copied(inputs)
});
/**
* | output |
* | --- |
* | "Copy the code" |
*
* @param {Signin_Device_CopyInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_device_copy = /** @type {((inputs?: Signin_Device_CopyInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Device_CopyInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_device_copy(inputs)
	return __en.signin_device_copy(inputs)
});
/**
* | output |
* | --- |
* | "When the browser cannot come back to this app (a locked-down computer, say): you type a code on Microsoft's page, on this or any other device." |
*
* @param {Signin_Device_DescInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_device_desc = /** @type {((inputs?: Signin_Device_DescInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Device_DescInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_device_desc(inputs)
	return __en.signin_device_desc(inputs)
});
/**
* | output |
* | --- |
* | "Open {page} in a browser, on this or any device, and enter this code:" |
*
* @param {Signin_Device_InstructionsInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_device_instructions = /** @type {((inputs: Signin_Device_InstructionsInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Device_InstructionsInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_device_instructions(inputs)
	return __en.signin_device_instructions(inputs)
});
/**
* | output |
* | --- |
* | "Open the page" |
*
* @param {Signin_Device_OpenInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_device_open = /** @type {((inputs?: Signin_Device_OpenInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Device_OpenInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_device_open(inputs)
	return __en.signin_device_open(inputs)
});
/**
* | output |
* | --- |
* | "Use a code instead" |
*
* @param {Signin_Device_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_device_title = /** @type {((inputs?: Signin_Device_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Device_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_device_title(inputs)
	return __en.signin_device_title(inputs)
});
/**
* | output |
* | --- |
* | "Waiting for you to enter the code and sign in…" |
*
* @param {Signin_Device_WaitingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_device_waiting = /** @type {((inputs?: Signin_Device_WaitingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Device_WaitingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_device_waiting(inputs)
	return __en.signin_device_waiting(inputs)
});
/**
* | output |
* | --- |
* | "Forget every sign-in on this computer…" |
*
* @param {Signin_ForgetInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_forget = /** @type {((inputs?: Signin_ForgetInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_ForgetInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_forget(inputs)
	return __en.signin_forget(inputs)
});
/**
* | output |
* | --- |
* | "Yes, forget everything" |
*
* @param {Signin_Forget_ConfirmInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_forget_confirm = /** @type {((inputs?: Signin_Forget_ConfirmInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Forget_ConfirmInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_forget_confirm(inputs)
	return __en.signin_forget_confirm(inputs)
});
/**
* | output |
* | --- |
* | "No, keep them" |
*
* @param {Signin_Forget_KeepInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_forget_keep = /** @type {((inputs?: Signin_Forget_KeepInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Forget_KeepInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_forget_keep(inputs)
	return __en.signin_forget_keep(inputs)
});
/**
* | output |
* | --- |
* | "This signs every account out and removes everything the app saved in the keychain and on disk. Continue?" |
*
* @param {Signin_Forget_QuestionInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_forget_question = /** @type {((inputs?: Signin_Forget_QuestionInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Forget_QuestionInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_forget_question(inputs)
	return __en.signin_forget_question(inputs)
});
/**
* | output |
* | --- |
* | "Every sign-in was removed from this computer." |
*
* @param {Signin_ForgottenInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_forgotten = /** @type {((inputs?: Signin_ForgottenInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_ForgottenInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_forgotten(inputs)
	return __en.signin_forgotten(inputs)
});
/**
* | output |
* | --- |
* | "Sign in with the work account you use for your customers. You sign in once: the app then reaches every customer directory that account belongs to." |
*
* @param {Signin_IntroInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_intro = /** @type {((inputs?: Signin_IntroInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_IntroInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_intro(inputs)
	return __en.signin_intro(inputs)
});
/**
* | output |
* | --- |
* | "Getting sign-in ready…" |
*
* @param {Signin_LoadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_loading = /** @type {((inputs?: Signin_LoadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_LoadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_loading(inputs)
	return __en.signin_loading(inputs)
});
/**
* | output |
* | --- |
* | "Meanwhile, you can sign in without it" |
*
* @param {Signin_Meanwhile_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_meanwhile_heading = /** @type {((inputs?: Signin_Meanwhile_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Meanwhile_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_meanwhile_heading(inputs)
	return __en.signin_meanwhile_heading(inputs)
});
/**
* | output |
* | --- |
* | "Choose how to sign in" |
*
* @param {Signin_Methods_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_methods_heading = /** @type {((inputs?: Signin_Methods_HeadingInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Methods_HeadingInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_methods_heading(inputs)
	return __en.signin_methods_heading(inputs)
});
/**
* | output |
* | --- |
* | "Sign in with another account" |
*
* @param {Signin_Methods_Heading_MoreInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_methods_heading_more = /** @type {((inputs?: Signin_Methods_Heading_MoreInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Methods_Heading_MoreInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_methods_heading_more(inputs)
	return __en.signin_methods_heading_more(inputs)
});
/**
* | output |
* | --- |
* | "Signed in for this session only: nothing is saved, and you will sign in again next time." |
*
* @param {Signin_Session_Only_NoteInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_session_only_note = /** @type {((inputs?: Signin_Session_Only_NoteInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Session_Only_NoteInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_session_only_note(inputs)
	return __en.signin_session_only_note(inputs)
});
/**
* | output |
* | --- |
* | "Sign out" |
*
* @param {Signin_Sign_OutInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_sign_out = /** @type {((inputs?: Signin_Sign_OutInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Sign_OutInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_sign_out(inputs)
	return __en.signin_sign_out(inputs)
});
/**
* | output |
* | --- |
* | "{name} is signed out. Nothing of that sign-in is left on this computer." |
*
* @param {Signin_Signed_OutInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_signed_out = /** @type {((inputs: Signin_Signed_OutInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Signed_OutInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_signed_out(inputs)
	return __en.signin_signed_out(inputs)
});
/**
* | output |
* | --- |
* | "Application (client) ID" |
*
* @param {Signin_Sp_Client_IdInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_sp_client_id = /** @type {((inputs?: Signin_Sp_Client_IdInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Sp_Client_IdInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_sp_client_id(inputs)
	return __en.signin_sp_client_id(inputs)
});
/**
* | output |
* | --- |
* | "For partners who link the app identity their automation uses. You need the app registration's ID and a client secret; the secret is kept in this computer's k..." |
*
* @param {Signin_Sp_DescInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_sp_desc = /** @type {((inputs?: Signin_Sp_DescInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Sp_DescInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_sp_desc(inputs)
	return __en.signin_sp_desc(inputs)
});
/**
* | output |
* | --- |
* | "Client secret" |
*
* @param {Signin_Sp_SecretInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_sp_secret = /** @type {((inputs?: Signin_Sp_SecretInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Sp_SecretInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_sp_secret(inputs)
	return __en.signin_sp_secret(inputs)
});
/**
* | output |
* | --- |
* | "Sign in as this app" |
*
* @param {Signin_Sp_SubmitInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_sp_submit = /** @type {((inputs?: Signin_Sp_SubmitInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Sp_SubmitInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_sp_submit(inputs)
	return __en.signin_sp_submit(inputs)
});
/**
* | output |
* | --- |
* | "Directory (its ID, or a domain such as contoso.onmicrosoft.com)" |
*
* @param {Signin_Sp_TenantInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_sp_tenant = /** @type {((inputs?: Signin_Sp_TenantInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Sp_TenantInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_sp_tenant(inputs)
	return __en.signin_sp_tenant(inputs)
});
/**
* | output |
* | --- |
* | "Sign in as an app (service principal)" |
*
* @param {Signin_Sp_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_sp_title = /** @type {((inputs?: Signin_Sp_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Sp_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_sp_title(inputs)
	return __en.signin_sp_title(inputs)
});
/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Signin_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const signin_title = /** @type {((inputs?: Signin_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.signin_title(inputs)
	return __en.signin_title(inputs)
});
/**
* | output |
* | --- |
* | "Skip to main content" |
*
* @param {Skip_To_ContentInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const skip_to_content = /** @type {((inputs?: Skip_To_ContentInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Skip_To_ContentInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.skip_to_content(inputs)
	return __en.skip_to_content(inputs)
});
/**
* | output |
* | --- |
* | "Microsoft source" |
*
* @param {Source_ButtonInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const source_button = /** @type {((inputs?: Source_ButtonInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Source_ButtonInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.source_button(inputs)
	return __en.source_button(inputs)
});
/**
* | output |
* | --- |
* | "(opens in your browser)" |
*
* @param {Source_Button_HintInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const source_button_hint = /** @type {((inputs?: Source_Button_HintInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Source_Button_HintInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.source_button_hint(inputs)
	return __en.source_button_hint(inputs)
});
/**
* | output |
* | --- |
* | "Microsoft rewards partners for the Azure work they help customers with, but only if it knows which partner helped. This app links your partner ID to the acco..." |
*
* @param {Start_IntroInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const start_intro = /** @type {((inputs?: Start_IntroInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Start_IntroInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.start_intro(inputs)
	return __en.start_intro(inputs)
});
/**
* | output |
* | --- |
* | "What would you like to do?" |
*
* @param {Start_QuestionInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const start_question = /** @type {((inputs?: Start_QuestionInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Start_QuestionInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.start_question(inputs)
	return __en.start_question(inputs)
});
/**
* | output |
* | --- |
* | "Let Microsoft know which partner helped" |
*
* @param {Start_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const start_title = /** @type {((inputs?: Start_TitleInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Start_TitleInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.start_title(inputs)
	return __en.start_title(inputs)
});
/**
* | output |
* | --- |
* | "done" |
*
* @param {Step_DoneInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const step_done = /** @type {((inputs?: Step_DoneInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_DoneInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.step_done(inputs)
	return __en.step_done(inputs)
});
/**
* | output |
* | --- |
* | "Give access" |
*
* @param {Step_Grant_AccessInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const step_grant_access = /** @type {((inputs?: Step_Grant_AccessInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_Grant_AccessInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.step_grant_access(inputs)
	return __en.step_grant_access(inputs)
});
/**
* | output |
* | --- |
* | "Approve the partner's app" |
*
* @param {Step_Grant_AppInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const step_grant_app = /** @type {((inputs?: Step_Grant_AppInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_Grant_AppInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.step_grant_app(inputs)
	return __en.step_grant_app(inputs)
});
/**
* | output |
* | --- |
* | "What your partner needs" |
*
* @param {Step_Grant_NeedsInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const step_grant_needs = /** @type {((inputs?: Step_Grant_NeedsInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_Grant_NeedsInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.step_grant_needs(inputs)
	return __en.step_grant_needs(inputs)
});
/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Step_Grant_Sign_InInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const step_grant_sign_in = /** @type {((inputs?: Step_Grant_Sign_InInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_Grant_Sign_InInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.step_grant_sign_in(inputs)
	return __en.step_grant_sign_in(inputs)
});
/**
* | output |
* | --- |
* | "PAL or DPOR?" |
*
* @param {Step_LearnInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const step_learn = /** @type {((inputs?: Step_LearnInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_LearnInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.step_learn(inputs)
	return __en.step_learn(inputs)
});
/**
* | output |
* | --- |
* | "Link in each directory" |
*
* @param {Step_Link_LinkInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const step_link_link = /** @type {((inputs?: Step_Link_LinkInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_Link_LinkInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.step_link_link(inputs)
	return __en.step_link_link(inputs)
});
/**
* | output |
* | --- |
* | "Before you start" |
*
* @param {Step_Link_PrepareInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const step_link_prepare = /** @type {((inputs?: Step_Link_PrepareInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_Link_PrepareInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.step_link_prepare(inputs)
	return __en.step_link_prepare(inputs)
});
/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Step_Link_Sign_InInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const step_link_sign_in = /** @type {((inputs?: Step_Link_Sign_InInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_Link_Sign_InInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.step_link_sign_in(inputs)
	return __en.step_link_sign_in(inputs)
});
/**
* | output |
* | --- |
* | "Choose what to do" |
*
* @param {Step_StartInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const step_start = /** @type {((inputs?: Step_StartInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_StartInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.step_start(inputs)
	return __en.step_start(inputs)
});
/**
* | output |
* | --- |
* | "Progress" |
*
* @param {Steps_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const steps_label = /** @type {((inputs?: Steps_LabelInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Steps_LabelInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.steps_label(inputs)
	return __en.steps_label(inputs)
});
/**
* | output |
* | --- |
* | "Step {current} of {total}" |
*
* @param {Steps_PositionInputs} inputs
* @param {{ locale?: "en" | "zh-TW" }} options
* @returns {LocalizedString}
*/
export const steps_position = /** @type {((inputs: Steps_PositionInputs, options?: { locale?: "en" | "zh-TW" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Steps_PositionInputs, { locale?: "en" | "zh-TW" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-TW") return __zh_tw2.steps_position(inputs)
	return __en.steps_position(inputs)
});