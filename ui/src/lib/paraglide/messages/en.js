/* eslint-disable */
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


export const action_retry = /** @type {(inputs: Action_RetryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try again`)
};

export const app_name = /** @type {(inputs: App_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Partner Link Assistant`)
};

export const choice_grant_desc = /** @type {(inputs: Choice_Grant_DescInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For customer admins: see what your partner needs from you, and what you don't have to do.`)
};

export const choice_grant_title = /** @type {(inputs: Choice_Grant_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Give a partner access (I'm the customer's admin)`)
};

export const choice_learn_desc = /** @type {(inputs: Choice_Learn_DescInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not sure how it works? A short explanation of what each one is and who does it.`)
};

export const choice_learn_title = /** @type {(inputs: Choice_Learn_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Learn: PAL or DPOR?`)
};

export const choice_link_desc = /** @type {(inputs: Choice_Link_DescInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For partner staff: link your organization's partner ID to the account you use in a customer's directory.`)
};

export const choice_link_title = /** @type {(inputs: Choice_Link_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Link our partner ID`)
};

export const cloud_azure_china = /** @type {(inputs: Cloud_Azure_ChinaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Azure operated by 21Vianet (China)`)
};

export const cloud_azure_government = /** @type {(inputs: Cloud_Azure_GovernmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Azure Government`)
};

export const cloud_azure_public = /** @type {(inputs: Cloud_Azure_PublicInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Azure (global)`)
};

export const cloud_practice = /** @type {(inputs: Cloud_PracticeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Practice (a simulated Azure)`)
};

export const decide_access_aobo = /** @type {(inputs: Decide_Access_AoboInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only through CSP (admin on behalf of)`)
};

export const decide_access_has_role = /** @type {(inputs: Decide_Access_Has_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Their own account or app has an Azure role`)
};

export const decide_access_lighthouse = /** @type {(inputs: Decide_Access_LighthouseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Through Azure Lighthouse`)
};

export const decide_access_none = /** @type {(inputs: Decide_Access_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`None yet`)
};

export const decide_asker_customer = /** @type {(inputs: Decide_Asker_CustomerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`I'm the customer's administrator`)
};

export const decide_asker_partner = /** @type {(inputs: Decide_Asker_PartnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`I work for the partner`)
};

export const decide_dpor_no = /** @type {(inputs: Decide_Dpor_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DPOR never applied to this kind of subscription. PAL does.`)
};

export const decide_dpor_unknown = /** @type {(inputs: Decide_Dpor_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DPOR only ever applied to some subscriptions, set by the customer, and it is no longer the way forward. PAL works for every kind.`)
};

export const decide_dpor_yes = /** @type {(inputs: Decide_Dpor_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DPOR could once be set for this kind of subscription, by the customer, one partner per subscription. It is no longer the way forward: PAL replaces it.`)
};

export const decide_goal_incentives = /** @type {(inputs: Decide_Goal_IncentivesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Incentives too (such as partner earned credit)`)
};

export const decide_goal_recognition = /** @type {(inputs: Decide_Goal_RecognitionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recognition (designations, specializations)`)
};

export const decide_intro = /** @type {(inputs: Decide_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Four questions, and the app tells you what to use and what to do next, with the rules behind it.`)
};

export const decide_next_grant = /** @type {(inputs: Decide_Next_GrantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Continue: give the partner access`)
};

export const decide_next_link = /** @type {(inputs: Decide_Next_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Continue: sign in and link`)
};

export const decide_not_sure = /** @type {(inputs: Decide_Not_SureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not sure`)
};

export const decide_q_access = /** @type {(inputs: Decide_Q_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What access does the partner have in the customer's directory now?`)
};

export const decide_q_asker = /** @type {(inputs: Decide_Q_AskerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who are you?`)
};

export const decide_q_goal = /** @type {(inputs: Decide_Q_GoalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What should the partner's work count for?`)
};

export const decide_q_subscription = /** @type {(inputs: Decide_Q_SubscriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What kind of Azure subscription is it?`)
};

export const decide_role = /** @type {(inputs: Decide_RoleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The partner's identity needs at least the ${i?.role} role on the subscriptions.`)
};

export const decide_step_give_role = /** @type {(inputs: Decide_Step_Give_RoleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The customer gives the partner's account or app the ${i?.role} role on the subscriptions the partner works on.`)
};

export const decide_step_invite = /** @type {(inputs: Decide_Step_InviteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The customer invites the partner's user as a guest in their directory: a CSP admin-on-behalf-of session cannot link.`)
};

export const decide_step_lighthouse_offer = /** @type {(inputs: Decide_Step_Lighthouse_OfferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The customer deploys the partner's Azure Lighthouse offer (the partner sends it).`)
};

export const decide_step_link_each = /** @type {(inputs: Decide_Step_Link_EachInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The partner signs in to each customer directory and links their partner ID there, once per directory.`)
};

export const decide_step_link_own = /** @type {(inputs: Decide_Step_Link_OwnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The partner links their partner ID in their own directory, on the account the delegation names.`)
};

export const decide_step_tell_partner = /** @type {(inputs: Decide_Step_Tell_PartnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The customer tells the partner it's done. The customer never enters a partner ID: the partner links it.`)
};

export const decide_steps = /** @type {(inputs: Decide_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What to do, in order`)
};

export const decide_sub_azure_plan = /** @type {(inputs: Decide_Sub_Azure_PlanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Azure plan (Microsoft Customer Agreement)`)
};

export const decide_sub_csp = /** @type {(inputs: Decide_Sub_CspInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bought through a Cloud Solution Provider (CSP)`)
};

export const decide_sub_ea = /** @type {(inputs: Decide_Sub_EaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enterprise Agreement`)
};

export const decide_sub_payg = /** @type {(inputs: Decide_Sub_PaygInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pay-as-you-go`)
};

export const decide_submit = /** @type {(inputs: Decide_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show what to do`)
};

export const decide_title = /** @type {(inputs: Decide_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Help me decide`)
};

export const decide_use_pal = /** @type {(inputs: Decide_Use_PalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use Partner Admin Link (PAL).`)
};

export const decide_why = /** @type {(inputs: Decide_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Why`)
};

export const dir_access_heading = /** @type {(inputs: Dir_Access_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What your access here earns`)
};

export const dir_col_dpor = /** @type {(inputs: Dir_Col_DporInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DPOR would have applied`)
};

export const dir_col_incentives = /** @type {(inputs: Dir_Col_IncentivesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Incentives`)
};

export const dir_col_offer = /** @type {(inputs: Dir_Col_OfferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type`)
};

export const dir_col_recognition = /** @type {(inputs: Dir_Col_RecognitionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recognition`)
};

export const dir_col_role = /** @type {(inputs: Dir_Col_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your role`)
};

export const dir_col_subscription = /** @type {(inputs: Dir_Col_SubscriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Subscription`)
};

export const dir_consent_copied = /** @type {(inputs: Dir_Consent_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The link is copied.`)
};

export const dir_consent_copy = /** @type {(inputs: Dir_Consent_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy the link`)
};

export const dir_earns_both = /** @type {(inputs: Dir_Earns_BothInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your access here counts for recognition and for incentives.`)
};

export const dir_earns_nothing = /** @type {(inputs: Dir_Earns_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your access here earns nothing yet: the account has no Azure role that counts.`)
};

export const dir_earns_recognition = /** @type {(inputs: Dir_Earns_RecognitionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your access here counts for recognition, but not for incentives: those need Contributor or Owner.`)
};

export const dir_identity = /** @type {(inputs: Dir_IdentityInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Account used here: ${i?.name}`)
};

export const dir_link_heading = /** @type {(inputs: Dir_Link_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Partner ID in this directory`)
};

export const dir_linked = /** @type {(inputs: Dir_LinkedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Linked to partner ID ${i?.id}.`)
};

export const dir_linked_name = /** @type {(inputs: Dir_Linked_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Linked to partner ID ${i?.id} (${i?.name}).`)
};

export const dir_loading = /** @type {(inputs: Dir_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reading the link and your access in this directory…`)
};

export const dir_needs_consent_body = /** @type {(inputs: Dir_Needs_Consent_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Send this link to an administrator of this customer's directory. Once they have approved the app, open this directory again.`)
};

export const dir_needs_consent_heading = /** @type {(inputs: Dir_Needs_Consent_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The customer's administrator must approve the sign-in app first`)
};

export const dir_needs_sign_in_body = /** @type {(inputs: Dir_Needs_Sign_In_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It needs an extra check, such as multifactor authentication, that your first sign-in did not include. You do this once for this directory.`)
};

export const dir_needs_sign_in_heading = /** @type {(inputs: Dir_Needs_Sign_In_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This directory asks you to sign in again`)
};

export const dir_no_role = /** @type {(inputs: Dir_No_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`None`)
};

export const dir_not_linked = /** @type {(inputs: Dir_Not_LinkedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No partner ID is linked for this account in this directory yet.`)
};

export const dir_open_again = /** @type {(inputs: Dir_Open_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open this directory again`)
};

export const dir_sign_in = /** @type {(inputs: Dir_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in to this directory`)
};

export const dir_table_caption = /** @type {(inputs: Dir_Table_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your subscriptions here: role, recognition, incentives and DPOR`)
};

export const dir_typed_id = /** @type {(inputs: Dir_Typed_IdInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The directory you typed: ${i?.id}`)
};

export const dir_typed_title = /** @type {(inputs: Dir_Typed_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A customer's directory`)
};

export const dirs_account_label = /** @type {(inputs: Dirs_Account_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Account`)
};

export const dirs_all_at_once = /** @type {(inputs: Dirs_All_At_OnceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`See every directory at once`)
};

export const dirs_all_at_once_hint = /** @type {(inputs: Dirs_All_At_Once_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where your partner ID is linked in all of them, and link many in one go.`)
};

export const dirs_guest = /** @type {(inputs: Dirs_GuestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Customer, where you are a guest`)
};

export const dirs_home = /** @type {(inputs: Dirs_HomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your organization`)
};

export const dirs_intro = /** @type {(inputs: Dirs_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The partner ID is linked once in each directory, on the account you use there. Choose the directory of the customer you work for.`)
};

export const dirs_list_label = /** @type {(inputs: Dirs_List_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Directories`)
};

export const dirs_loading = /** @type {(inputs: Dirs_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Finding the directories this account reaches…`)
};

export const dirs_no_account = /** @type {(inputs: Dirs_No_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in first.`)
};

export const dirs_none = /** @type {(inputs: Dirs_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This account reaches no directory.`)
};

export const dirs_other_body = /** @type {(inputs: Dirs_Other_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A customer you reach through Partner Center as a CSP partner is not listed here. Type the directory's ID or domain to open it.`)
};

export const dirs_other_heading = /** @type {(inputs: Dirs_Other_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A directory that is not in the list`)
};

export const dirs_other_label = /** @type {(inputs: Dirs_Other_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Directory ID or domain`)
};

export const dirs_other_open = /** @type {(inputs: Dirs_Other_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open this directory`)
};

export const dirs_ready = /** @type {(inputs: Dirs_ReadyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signed in`)
};

export const dirs_sign_in = /** @type {(inputs: Dirs_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Go to sign-in`)
};

export const dirs_title = /** @type {(inputs: Dirs_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a customer's directory`)
};

export const error_access_token_rejected_body = /** @type {(inputs: Error_Access_Token_Rejected_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft no longer accepts your sign-in for this directory, even after the app renewed it. Your access may have been changed or your session ended.`)
};

export const error_access_token_rejected_next = /** @type {(inputs: Error_Access_Token_Rejected_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in again to this directory, then try again.`)
};

export const error_access_token_rejected_title = /** @type {(inputs: Error_Access_Token_Rejected_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please sign in again`)
};

export const error_account_not_in_directory_body = /** @type {(inputs: Error_Account_Not_In_Directory_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The account you signed in with hasn't been added to this customer's directory, so Microsoft won't let it in.`)
};

export const error_account_not_in_directory_next = /** @type {(inputs: Error_Account_Not_In_Directory_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in with the account the customer invited, or ask the customer's administrator to invite this account as a guest, then try again.`)
};

export const error_account_not_in_directory_title = /** @type {(inputs: Error_Account_Not_In_Directory_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This account isn't in that directory`)
};

export const error_app_not_in_directory_body = /** @type {(inputs: Error_App_Not_In_Directory_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The app your organization registered for signing in isn't known in this directory yet, or its application (client) ID in the settings is wrong.`)
};

export const error_app_not_in_directory_next = /** @type {(inputs: Error_App_Not_In_Directory_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check the client ID in the settings. If it is right, send the approval link from the details below to that directory's administrator, then sign in again.`)
};

export const error_app_not_in_directory_title = /** @type {(inputs: Error_App_Not_In_Directory_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The sign-in app isn't set up in that directory`)
};

export const error_azure_cli_sign_in_needed_body = /** @type {(inputs: Error_Azure_Cli_Sign_In_Needed_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This directory asks for an extra check, such as multifactor authentication, that the Azure CLI's sign-in has not done yet.`)
};

export const error_azure_cli_sign_in_needed_next = /** @type {(inputs: Error_Azure_Cli_Sign_In_Needed_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In a terminal, run the "az login" command shown in the details, then open this directory again.`)
};

export const error_azure_cli_sign_in_needed_title = /** @type {(inputs: Error_Azure_Cli_Sign_In_Needed_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The Azure CLI must sign in to this directory`)
};

export const error_azure_cli_unavailable_body = /** @type {(inputs: Error_Azure_Cli_Unavailable_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Either the Azure CLI (az) is not installed on this computer, or nobody is signed in to it.`)
};

export const error_azure_cli_unavailable_next = /** @type {(inputs: Error_Azure_Cli_Unavailable_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in to the Azure CLI with "az login" in a terminal and try again, or choose another way to sign in.`)
};

export const error_azure_cli_unavailable_title = /** @type {(inputs: Error_Azure_Cli_Unavailable_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The Azure CLI can't be used here`)
};

export const error_azure_unavailable_body = /** @type {(inputs: Error_Azure_Unavailable_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Azure answered with a server error several times in a row. This is usually temporary and on Microsoft's side.`)
};

export const error_azure_unavailable_next = /** @type {(inputs: Error_Azure_Unavailable_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wait a few minutes, then try again. The app checks whether the change was made before it repeats anything.`)
};

export const error_azure_unavailable_title = /** @type {(inputs: Error_Azure_Unavailable_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft's service isn't answering properly`)
};

export const error_backend_unavailable_body = /** @type {(inputs: Error_Backend_Unavailable_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The screen is open, but the part of the app that does the work isn't answering, so nothing can be checked or changed right now. You can still read the explanations.`)
};

export const error_backend_unavailable_next = /** @type {(inputs: Error_Backend_Unavailable_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Close the app and open it again. If this keeps happening, send the details below to whoever helps you with this app.`)
};

export const error_backend_unavailable_title = /** @type {(inputs: Error_Backend_Unavailable_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This window can't reach the rest of the app`)
};

export const error_blocked_by_conditional_access_body = /** @type {(inputs: Error_Blocked_By_Conditional_Access_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This customer's directory has a Conditional Access policy that doesn't allow this sign-in, for example from this device, place or app.`)
};

export const error_blocked_by_conditional_access_next = /** @type {(inputs: Error_Blocked_By_Conditional_Access_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ask the customer's administrator which rule blocked you (the details below help them find it), or try from a device or network the customer allows.`)
};

export const error_blocked_by_conditional_access_title = /** @type {(inputs: Error_Blocked_By_Conditional_Access_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The customer's security rules blocked this sign-in`)
};

export const error_client_credentials_rejected_body = /** @type {(inputs: Error_Client_Credentials_Rejected_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft refused the application (client) ID or its secret. The secret may be wrong or expired, or the app may not exist in this directory.`)
};

export const error_client_credentials_rejected_next = /** @type {(inputs: Error_Client_Credentials_Rejected_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check the client ID and secret in the Azure portal (App registrations, Certificates & secrets). Create a new secret if it has expired, then try again.`)
};

export const error_client_credentials_rejected_title = /** @type {(inputs: Error_Client_Credentials_Rejected_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The app registration couldn't sign in`)
};

export const error_confirmation_required_body = /** @type {(inputs: Error_Confirmation_Required_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Changing or removing a partner ID that is already linked affects who gets recognition, so the app needs your confirmation before doing it.`)
};

export const error_confirmation_required_next = /** @type {(inputs: Error_Confirmation_Required_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Read what will change, then confirm it. On the command line, add --yes.`)
};

export const error_confirmation_required_title = /** @type {(inputs: Error_Confirmation_Required_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please confirm the change first`)
};

export const error_consent_required_body = /** @type {(inputs: Error_Consent_Required_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This customer's directory hasn't approved the app you use to sign in, and only an administrator there can approve it.`)
};

export const error_consent_required_next = /** @type {(inputs: Error_Consent_Required_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Send the approval link from the details below to the customer's administrator. Once they approve it, sign in again.`)
};

export const error_consent_required_title = /** @type {(inputs: Error_Consent_Required_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The customer's administrator must approve this app`)
};

export const error_copied = /** @type {(inputs: Error_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copied.`)
};

export const error_copy = /** @type {(inputs: Error_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy details`)
};

export const error_copy_failed = /** @type {(inputs: Error_Copy_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Couldn't copy. Select the text above and copy it yourself.`)
};

export const error_csp_admin_on_behalf_of_body = /** @type {(inputs: Error_Csp_Admin_On_Behalf_Of_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You reached this customer directory as a Cloud Solution Provider (admin on behalf of), without an account of your own there. Microsoft doesn't allow linking a partner ID that way.`)
};

export const error_csp_admin_on_behalf_of_next = /** @type {(inputs: Error_Csp_Admin_On_Behalf_Of_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ask the customer to invite your account as a guest in their directory and give it a role. Then sign in with that account and link your partner ID.`)
};

export const error_csp_admin_on_behalf_of_title = /** @type {(inputs: Error_Csp_Admin_On_Behalf_Of_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You're signed in through your CSP relationship`)
};

export const error_details = /** @type {(inputs: Error_DetailsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Details`)
};

export const error_details_intro = /** @type {(inputs: Error_Details_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Technical details, in English, for whoever helps you:`)
};

export const error_directory_not_found_body = /** @type {(inputs: Error_Directory_Not_Found_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft couldn't find a directory with this ID or domain name. It may be mistyped, or the directory may have been deleted.`)
};

export const error_directory_not_found_next = /** @type {(inputs: Error_Directory_Not_Found_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check the directory (tenant) ID or domain with the customer and try again.`)
};

export const error_directory_not_found_title = /** @type {(inputs: Error_Directory_Not_Found_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That directory doesn't exist`)
};

export const error_forbidden_body = /** @type {(inputs: Error_Forbidden_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In this customer directory, your account doesn't have the permission this step needs.`)
};

export const error_forbidden_next = /** @type {(inputs: Error_Forbidden_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ask the customer's administrator to give your account a role on their Azure subscriptions, then try again.`)
};

export const error_forbidden_title = /** @type {(inputs: Error_Forbidden_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your account isn't allowed to do this here`)
};

export const error_internal_body = /** @type {(inputs: Error_Internal_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The app ran into a problem it didn't expect.`)
};

export const error_internal_next = /** @type {(inputs: Error_Internal_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try again. If it happens again, copy the details below and send them to whoever helps you with this app.`)
};

export const error_internal_title = /** @type {(inputs: Error_Internal_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Something went wrong inside the app`)
};

export const error_invalid_input_body = /** @type {(inputs: Error_Invalid_Input_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The app couldn't use what was entered.`)
};

export const error_invalid_input_next = /** @type {(inputs: Error_Invalid_Input_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check what you entered and try again.`)
};

export const error_invalid_input_title = /** @type {(inputs: Error_Invalid_Input_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Something entered doesn't look right`)
};

export const error_invalid_partner_id_body = /** @type {(inputs: Error_Invalid_Partner_Id_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A partner ID is a number, usually 6 or 7 digits. What was entered isn't one, or Microsoft doesn't know it.`)
};

export const error_invalid_partner_id_next = /** @type {(inputs: Error_Invalid_Partner_Id_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open Partner Center, go to Account settings, then Identifiers, and copy the "Associated PartnerID". Paste it here and try again.`)
};

export const error_invalid_partner_id_title = /** @type {(inputs: Error_Invalid_Partner_Id_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That isn't a partner ID`)
};

export const error_invitation_failed_body = /** @type {(inputs: Error_Invitation_Failed_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft refused the invitation, for example because that address already belongs to a member of your directory.`)
};

export const error_invitation_failed_next = /** @type {(inputs: Error_Invitation_Failed_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Look the partner up by email address instead. If they aren't found, check the address with the partner and try again; the details below say what Microsoft answered.`)
};

export const error_invitation_failed_title = /** @type {(inputs: Error_Invitation_Failed_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The invitation couldn't be made`)
};

export const error_keychain_locked_body = /** @type {(inputs: Error_Keychain_Locked_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The app keeps sign-ins in your system's password storage (keychain), and it is locked.`)
};

export const error_keychain_locked_next = /** @type {(inputs: Error_Keychain_Locked_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unlock it (usually with your computer password) and try again, or sign in for this session only.`)
};

export const error_keychain_locked_title = /** @type {(inputs: Error_Keychain_Locked_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your system's password storage is locked`)
};

export const error_keychain_unavailable_body = /** @type {(inputs: Error_Keychain_Unavailable_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The app keeps sign-ins in your system's password storage (keychain), and none is available right now.`)
};

export const error_keychain_unavailable_next = /** @type {(inputs: Error_Keychain_Unavailable_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in for this session only (you'll sign in again next time), or ask your IT team to turn on the system's password storage.`)
};

export const error_keychain_unavailable_title = /** @type {(inputs: Error_Keychain_Unavailable_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your sign-in can't be saved on this computer`)
};

export const error_link_conflict_body = /** @type {(inputs: Error_Link_Conflict_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In this customer directory, your account is linked to a different partner ID than the one you entered. Only you can change that link.`)
};

export const error_link_conflict_next = /** @type {(inputs: Error_Link_Conflict_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Look at the partner ID shown. If it should be yours, choose to change it and confirm. If it belongs to another partner, leave it as it is.`)
};

export const error_link_conflict_title = /** @type {(inputs: Error_Link_Conflict_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This account is already linked to another partner ID`)
};

export const error_mfa_required_body = /** @type {(inputs: Error_Mfa_Required_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This customer's directory asks for multifactor authentication (for example a code from your authenticator app) before it lets you in.`)
};

export const error_mfa_required_next = /** @type {(inputs: Error_Mfa_Required_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in to this directory again and complete the extra check when Microsoft asks for it.`)
};

export const error_mfa_required_title = /** @type {(inputs: Error_Mfa_Required_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This directory needs an extra check`)
};

export const error_mfa_setup_required_body = /** @type {(inputs: Error_Mfa_Setup_Required_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This directory requires multifactor authentication, and your account hasn't set it up yet.`)
};

export const error_mfa_setup_required_next = /** @type {(inputs: Error_Mfa_Setup_Required_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in to this directory again and follow Microsoft's steps to set up multifactor authentication (for example the Microsoft Authenticator app).`)
};

export const error_mfa_setup_required_title = /** @type {(inputs: Error_Mfa_Setup_Required_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set up multifactor authentication first`)
};

export const error_network_body = /** @type {(inputs: Error_Network_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your computer may be offline, or a network or firewall is blocking the connection.`)
};

export const error_network_next = /** @type {(inputs: Error_Network_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check your internet connection and try again. On a company network, your IT team may need to allow the connection.`)
};

export const error_network_title = /** @type {(inputs: Error_Network_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The app couldn't reach Microsoft`)
};

export const error_not_allowed_to_grant_body = /** @type {(inputs: Error_Not_Allowed_To_Grant_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only an Owner or a User Access Administrator of a subscription can give other people access to it, and your account is neither there. Nothing was changed.`)
};

export const error_not_allowed_to_grant_next = /** @type {(inputs: Error_Not_Allowed_To_Grant_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ask an Owner or User Access Administrator of that subscription to do this step, or to give you one of those roles first. In the Azure portal they are listed under the subscription's Access control (IAM), Role assignments.`)
};

export const error_not_allowed_to_grant_title = /** @type {(inputs: Error_Not_Allowed_To_Grant_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You can't give access to this subscription`)
};

export const error_not_allowed_to_invite_body = /** @type {(inputs: Error_Not_Allowed_To_Invite_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your directory's settings don't let your account invite people from outside the organization. Nothing was sent.`)
};

export const error_not_allowed_to_invite_next = /** @type {(inputs: Error_Not_Allowed_To_Invite_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ask a Global Administrator or a Guest Inviter of your directory to invite the partner, or to allow you to invite guests (Microsoft Entra admin center, External Identities, External collaboration settings).`)
};

export const error_not_allowed_to_invite_title = /** @type {(inputs: Error_Not_Allowed_To_Invite_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your account can't invite guests here`)
};

export const error_not_found_body = /** @type {(inputs: Error_Not_Found_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft's services don't know the directory or subscription the app asked about. It may have been removed, or it may belong to another account.`)
};

export const error_not_found_next = /** @type {(inputs: Error_Not_Found_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check that you are signed in with the right account and chose the right customer directory, then try again.`)
};

export const error_not_found_title = /** @type {(inputs: Error_Not_Found_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Azure couldn't find it`)
};

export const error_outcome_unknown_body = /** @type {(inputs: Error_Outcome_Unknown_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The connection dropped while the change was being sent, and the app couldn't check the result afterwards. The change may or may not have happened.`)
};

export const error_outcome_unknown_next = /** @type {(inputs: Error_Outcome_Unknown_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check your connection, then look at the link's current status before trying again. The app will show whether the partner ID is linked.`)
};

export const error_outcome_unknown_title = /** @type {(inputs: Error_Outcome_Unknown_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`We couldn't confirm whether the change was made`)
};

export const error_owner_needs_acknowledgement_body = /** @type {(inputs: Error_Owner_Needs_Acknowledgement_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Owner lets the partner do everything in the subscription, including giving access to other people and removing yours. Nothing was changed.`)
};

export const error_owner_needs_acknowledgement_next = /** @type {(inputs: Error_Owner_Needs_Acknowledgement_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose Contributor if the partner doesn't manage access for you; it is enough for partner incentives. If Owner is really needed, tick the box that confirms you understand and try again.`)
};

export const error_owner_needs_acknowledgement_title = /** @type {(inputs: Error_Owner_Needs_Acknowledgement_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please confirm that you want to give Owner`)
};

export const error_pal_unavailable_in_cloud_body = /** @type {(inputs: Error_Pal_Unavailable_In_Cloud_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft offers Partner Admin Link only in the global Azure cloud. This directory is in a national cloud (such as Azure Government or Azure China), where it isn't available.`)
};

export const error_pal_unavailable_in_cloud_next = /** @type {(inputs: Error_Pal_Unavailable_In_Cloud_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing can be linked here. Ask your Microsoft partner contact how your work in this cloud is recognized.`)
};

export const error_pal_unavailable_in_cloud_title = /** @type {(inputs: Error_Pal_Unavailable_In_Cloud_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Partner linking isn't available in this Azure cloud`)
};

export const error_run_elsewhere_body = /** @type {(inputs: Error_Run_Elsewhere_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Another copy of the app, or the partner-link command line, is working on every directory right now. Two runs at once would overwrite each other's record of what was done.`)
};

export const error_run_elsewhere_next = /** @type {(inputs: Error_Run_Elsewhere_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wait until that run is done (or stop it where it was started), then try again.`)
};

export const error_run_elsewhere_title = /** @type {(inputs: Error_Run_Elsewhere_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every directory is already being worked on`)
};

export const error_run_in_progress_body = /** @type {(inputs: Error_Run_In_Progress_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The app is working on every directory at once with the current sign-in. Changing how it signs in now would leave two sign-ins saving over each other.`)
};

export const error_run_in_progress_next = /** @type {(inputs: Error_Run_In_Progress_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wait until every directory is done, or stop the run on the "Every directory at once" screen, then try again.`)
};

export const error_run_in_progress_title = /** @type {(inputs: Error_Run_In_Progress_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wait for the run to finish`)
};

export const error_service_principal_not_found_body = /** @type {(inputs: Error_Service_Principal_Not_Found_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No app with that application ID has been approved in your directory, so it has no identity here to give a role to.`)
};

export const error_service_principal_not_found_next = /** @type {(inputs: Error_Service_Principal_Not_Found_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check the ID with your partner, then approve their app (the step before this one) and look again.`)
};

export const error_service_principal_not_found_title = /** @type {(inputs: Error_Service_Principal_Not_Found_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The partner's app is not in your directory`)
};

export const error_settings_file_damaged_body = /** @type {(inputs: Error_Settings_File_Damaged_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`One of the app's settings files, or the sign-in file your IT team placed on this computer, is damaged or written wrongly. The app left it as it is and changed nothing.`)
};

export const error_settings_file_damaged_next = /** @type {(inputs: Error_Settings_File_Damaged_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open the details to see which file and what is wrong, and give them to your IT team so they can correct the file. Then try again.`)
};

export const error_settings_file_damaged_title = /** @type {(inputs: Error_Settings_File_Damaged_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A settings file of the app can't be read`)
};

export const error_several_partner_ids_body = /** @type {(inputs: Error_Several_Partner_Ids_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What was entered holds more than one number that could be a partner ID. The app does not guess, because the wrong one would be linked everywhere.`)
};

export const error_several_partner_ids_next = /** @type {(inputs: Error_Several_Partner_Ids_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter only the number Partner Center shows as your "Associated PartnerID" (Account settings, then Identifiers).`)
};

export const error_several_partner_ids_title = /** @type {(inputs: Error_Several_Partner_Ids_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Which number is the partner ID?`)
};

export const error_sign_in_app_not_configured_body = /** @type {(inputs: Error_Sign_In_App_Not_Configured_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`To sign in, the app needs the application (client) ID of the sign-in app your organization registered in Microsoft Entra ID.`)
};

export const error_sign_in_app_not_configured_next = /** @type {(inputs: Error_Sign_In_App_Not_Configured_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter the client ID in the settings. Your IT team can find it in the Azure portal under App registrations.`)
};

export const error_sign_in_app_not_configured_title = /** @type {(inputs: Error_Sign_In_App_Not_Configured_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The sign-in app isn't set yet`)
};

export const error_sign_in_cancelled_body = /** @type {(inputs: Error_Sign_In_Cancelled_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The sign-in stopped before it finished, so nothing was changed.`)
};

export const error_sign_in_cancelled_next = /** @type {(inputs: Error_Sign_In_Cancelled_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in again when you're ready.`)
};

export const error_sign_in_cancelled_title = /** @type {(inputs: Error_Sign_In_Cancelled_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign-in was cancelled`)
};

export const error_sign_in_expired_body = /** @type {(inputs: Error_Sign_In_Expired_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The saved sign-in for this account is no longer valid, for example because it wasn't used for a while or the password was changed.`)
};

export const error_sign_in_expired_next = /** @type {(inputs: Error_Sign_In_Expired_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in again with this account.`)
};

export const error_sign_in_expired_title = /** @type {(inputs: Error_Sign_In_Expired_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your sign-in has expired`)
};

export const error_sign_in_failed_body = /** @type {(inputs: Error_Sign_In_Failed_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft stopped the sign-in for a reason this app can't explain more precisely.`)
};

export const error_sign_in_failed_next = /** @type {(inputs: Error_Sign_In_Failed_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try signing in again. If it happens again, send the details below to your IT team or the customer's administrator.`)
};

export const error_sign_in_failed_title = /** @type {(inputs: Error_Sign_In_Failed_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft didn't accept the sign-in`)
};

export const error_sign_in_timed_out_body = /** @type {(inputs: Error_Sign_In_Timed_Out_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The sign-in wasn't finished in time, so it was stopped.`)
};

export const error_sign_in_timed_out_next = /** @type {(inputs: Error_Sign_In_Timed_Out_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Start the sign-in again and finish it in the browser within a few minutes.`)
};

export const error_sign_in_timed_out_title = /** @type {(inputs: Error_Sign_In_Timed_Out_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign-in took too long`)
};

export const error_throttled_body = /** @type {(inputs: Error_Throttled_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Too many requests reached Microsoft in a short time, so it paused the app. Nothing was changed by the requests it refused.`)
};

export const error_throttled_next = /** @type {(inputs: Error_Throttled_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wait a minute, then try again.`)
};

export const error_throttled_title = /** @type {(inputs: Error_Throttled_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft asked the app to slow down`)
};

export const error_token_cache_invalid_body = /** @type {(inputs: Error_Token_Cache_Invalid_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The file where the app keeps your sign-ins was changed or damaged, or was copied from another computer, so the app won't use it.`)
};

export const error_token_cache_invalid_next = /** @type {(inputs: Error_Token_Cache_Invalid_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose "Forget everything" in the accounts screen, then sign in again.`)
};

export const error_token_cache_invalid_title = /** @type {(inputs: Error_Token_Cache_Invalid_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saved sign-ins couldn't be read`)
};

export const error_unknown_body = /** @type {(inputs: Error_Unknown_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The app reported a problem that this version doesn't recognize.`)
};

export const error_unknown_next = /** @type {(inputs: Error_Unknown_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try again. If it happens again, copy the details below and send them to whoever helps you with this app.`)
};

export const error_unknown_title = /** @type {(inputs: Error_Unknown_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Something went wrong`)
};

export const error_untrusted_answer_body = /** @type {(inputs: Error_Untrusted_Answer_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`An answer that should have come from Microsoft told the app to continue at a different address. The app sends your sign-in only to Microsoft's own addresses, so it sent nothing there.`)
};

export const error_untrusted_answer_next = /** @type {(inputs: Error_Untrusted_Answer_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try again. If it happens again, copy the details and give them to your IT team: something between you and Microsoft (a proxy, say) may be changing the answers.`)
};

export const error_untrusted_answer_title = /** @type {(inputs: Error_Untrusted_Answer_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The app stopped an answer it doesn't trust`)
};

export const error_update_must_wait_body = /** @type {(inputs: Error_Update_Must_Wait_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The app is writing to Azure right now (a link, a change, a removal, or a run over every directory). Installing the update restarts the app, which would cut that off.`)
};

export const error_update_must_wait_next = /** @type {(inputs: Error_Update_Must_Wait_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wait until the app says it is done, then choose Install update again.`)
};

export const error_update_must_wait_title = /** @type {(inputs: Error_Update_Must_Wait_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The update waits for the app to finish`)
};

export const error_update_not_trusted_body = /** @type {(inputs: Error_Update_Not_Trusted_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The download is not signed by the app's publisher, so it may not be what it claims to be. Nothing on this computer was changed.`)
};

export const error_update_not_trusted_next = /** @type {(inputs: Error_Update_Not_Trusted_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keep using this version. If it happens again, tell your IT department: the place your updates come from may have been tampered with.`)
};

export const error_update_not_trusted_title = /** @type {(inputs: Error_Update_Not_Trusted_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The update was not installed`)
};

export const error_update_unreachable_body = /** @type {(inputs: Error_Update_Unreachable_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The place updates come from did not answer. The app works as it is; nothing was changed.`)
};

export const error_update_unreachable_next = /** @type {(inputs: Error_Update_Unreachable_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check your network connection and try again later.`)
};

export const error_update_unreachable_title = /** @type {(inputs: Error_Update_Unreachable_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Could not check for updates`)
};

export const error_user_not_found_body = /** @type {(inputs: Error_User_Not_Found_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your directory has no user or guest with that email address or sign-in name. A partner who hasn't been invited yet won't be found.`)
};

export const error_user_not_found_next = /** @type {(inputs: Error_User_Not_Found_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check the address with the partner. If it is right, invite the partner as a guest first, then give the role.`)
};

export const error_user_not_found_title = /** @type {(inputs: Error_User_Not_Found_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No one with that address is in your directory`)
};

export const error_what_to_do = /** @type {(inputs: Error_What_To_DoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What you can do`)
};

export const error_wrong_password_body = /** @type {(inputs: Error_Wrong_Password_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft didn't accept the user name or password.`)
};

export const error_wrong_password_next = /** @type {(inputs: Error_Wrong_Password_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check the account and password and sign in again. If you forgot the password, reset it with your organization's IT team.`)
};

export const error_wrong_password_title = /** @type {(inputs: Error_Wrong_Password_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The user name or password is wrong`)
};

export const footer_cloud = /** @type {(inputs: Footer_CloudInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Microsoft cloud: ${i?.cloud}`)
};

export const footer_loading = /** @type {(inputs: Footer_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Checking the app version…`)
};

export const footer_version = /** @type {(inputs: Footer_VersionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Version ${i?.version}`)
};

export const grant_access_account = /** @type {(inputs: Grant_Access_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signed in as`)
};

export const grant_access_checking = /** @type {(inputs: Grant_Access_CheckingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Checking what you may do in this directory…`)
};

export const grant_access_directory = /** @type {(inputs: Grant_Access_DirectoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Directory`)
};

export const grant_access_intro = /** @type {(inputs: Grant_Access_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Find the partner's account or app in your directory, choose where it may work and with which role, and check what will happen before anything changes.`)
};

export const grant_access_title = /** @type {(inputs: Grant_Access_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Give your partner access`)
};

export const grant_app_approve = /** @type {(inputs: Grant_App_ApproveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open Microsoft's approval page`)
};

export const grant_app_continue = /** @type {(inputs: Grant_App_ContinueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Continue: sign in to your directory`)
};

export const grant_app_directory_hint = /** @type {(inputs: Grant_App_Directory_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Its domain (for example contoso.onmicrosoft.com) or its directory (tenant) ID.`)
};

export const grant_app_directory_label = /** @type {(inputs: Grant_App_Directory_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your directory`)
};

export const grant_app_done_body = /** @type {(inputs: Grant_App_Done_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Microsoft confirmed that directory ${i?.tenant} approved the app. People from the partner can now sign in to your directory with it.`)
};

export const grant_app_done_heading = /** @type {(inputs: Grant_App_Done_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The partner's app is approved`)
};

export const grant_app_id_hint = /** @type {(inputs: Grant_App_Id_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filled in with this app's own. If your partner gave you another ID, paste it here.`)
};

export const grant_app_id_label = /** @type {(inputs: Grant_App_Id_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The partner's app (application ID)`)
};

export const grant_app_intro = /** @type {(inputs: Grant_App_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`If your partner signs in with their organization's app, an administrator of your directory approves that app once, for everyone. Microsoft's own page opens in your browser, asks you to sign in, and shows what the app may do. Skip this step if the partner signs in with the Azure CLI or the app is approved already.`)
};

export const grant_app_skip = /** @type {(inputs: Grant_App_SkipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skip: sign in to your directory`)
};

export const grant_app_title = /** @type {(inputs: Grant_App_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Approve the partner's sign-in app`)
};

export const grant_app_waiting = /** @type {(inputs: Grant_App_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Waiting for you to finish on Microsoft's page in your browser…`)
};

export const grant_apply = /** @type {(inputs: Grant_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Give access`)
};

export const grant_cannot_body = /** @type {(inputs: Grant_Cannot_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only someone with the Owner or User Access Administrator role on a subscription can give others access to it. Your account has neither on the subscriptions you see.`)
};

export const grant_cannot_heading = /** @type {(inputs: Grant_Cannot_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You can't give access in this directory`)
};

export const grant_cannot_next = /** @type {(inputs: Grant_Cannot_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ask an Owner of the subscription to do this step, or to give you one of those roles first. In the Azure portal they are listed under the subscription's Access control (IAM), Role assignments.`)
};

export const grant_check = /** @type {(inputs: Grant_CheckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check what will happen`)
};

export const grant_continue = /** @type {(inputs: Grant_ContinueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Continue: approve the partner's app`)
};

export const grant_control_body = /** @type {(inputs: Grant_Control_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Access is yours to give and to take back. If you remove the partner's role or their account, Microsoft stops counting their work on your resources.`)
};

export const grant_control_title = /** @type {(inputs: Grant_Control_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You stay in control`)
};

export const grant_done_created = /** @type {(inputs: Grant_Done_CreatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Given: ${i?.role} on ${i?.scope}.`)
};

export const grant_done_exists = /** @type {(inputs: Grant_Done_ExistsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Already there: ${i?.role} on ${i?.scope}.`)
};

export const grant_done_failed = /** @type {(inputs: Grant_Done_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Not given on ${i?.scope}.`)
};

export const grant_done_next = /** @type {(inputs: Grant_Done_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tell your partner it's done: they can now sign in to your directory and link their partner ID.`)
};

export const grant_give_heading = /** @type {(inputs: Grant_Give_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What the partner may do`)
};

export const grant_give_role = /** @type {(inputs: Grant_Give_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`With this role`)
};

export const grant_give_where = /** @type {(inputs: Grant_Give_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`On these subscriptions`)
};

export const grant_has_heading = /** @type {(inputs: Grant_Has_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What the partner has here`)
};

export const grant_has_item = /** @type {(inputs: Grant_Has_ItemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.role} on ${i?.scope}`)
};

export const grant_has_none = /** @type {(inputs: Grant_Has_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The partner has no roles on your subscriptions.`)
};

export const grant_has_show = /** @type {(inputs: Grant_Has_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show the partner's roles`)
};

export const grant_intro = /** @type {(inputs: Grant_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your partner needs their account — or their app — to have access to the Azure resources they work on. You give that access. The partner then links their partner ID themselves.`)
};

export const grant_invite_button = /** @type {(inputs: Grant_Invite_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Invite as a guest`)
};

export const grant_invite_copied = /** @type {(inputs: Grant_Invite_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Invitation link copied`)
};

export const grant_invite_copy = /** @type {(inputs: Grant_Invite_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy the invitation link`)
};

export const grant_invite_email = /** @type {(inputs: Grant_Invite_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Also have Microsoft email the invitation`)
};

export const grant_invite_offer = /** @type {(inputs: Grant_Invite_OfferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The partner's user is not in your directory yet. Invite them as a guest: they get their own guest account here, which you then give a role.`)
};

export const grant_invite_send_link = /** @type {(inputs: Grant_Invite_Send_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Invited. Send this link to your partner; they accept it by signing in with their own account.`)
};

export const grant_invite_sent = /** @type {(inputs: Grant_Invite_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Invited. Microsoft emailed the invitation; the link below is the same one.`)
};

export const grant_invite_unlikely = /** @type {(inputs: Grant_Invite_UnlikelyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your account is a guest here, and directories usually don't let guests invite. If the invitation is refused, ask a member of your directory.`)
};

export const grant_inviting = /** @type {(inputs: Grant_InvitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inviting…`)
};

export const grant_many_body = /** @type {(inputs: Grant_Many_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Each partner links their own account. One partner's link doesn't replace another's.`)
};

export const grant_many_title = /** @type {(inputs: Grant_Many_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Working with more than one partner is fine`)
};

export const grant_may_heading = /** @type {(inputs: Grant_May_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What you may do here`)
};

export const grant_may_no = /** @type {(inputs: Grant_May_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`only an Owner or a User Access Administrator can give access`)
};

export const grant_may_yes = /** @type {(inputs: Grant_May_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`you can give access`)
};

export const grant_no_id_body = /** @type {(inputs: Grant_No_Id_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The partner links their partner ID to their own account in your directory. You never have to enter a partner ID for this, and nobody else can change or remove their link.`)
};

export const grant_no_id_title = /** @type {(inputs: Grant_No_Id_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You don't enter a partner ID`)
};

export const grant_no_subscriptions = /** @type {(inputs: Grant_No_SubscriptionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You see no subscriptions in this directory.`)
};

export const grant_owner_acknowledge = /** @type {(inputs: Grant_Owner_AcknowledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`I understand that Owner can also give and remove access for anyone`)
};

export const grant_owner_warning_title = /** @type {(inputs: Grant_Owner_Warning_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Owner is the most powerful role`)
};

export const grant_partner_find = /** @type {(inputs: Grant_Partner_FindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Find`)
};

export const grant_partner_finding = /** @type {(inputs: Grant_Partner_FindingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Looking…`)
};

export const grant_partner_found = /** @type {(inputs: Grant_Partner_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Found: ${i?.name} (${i?.kind}).`)
};

export const grant_partner_heading = /** @type {(inputs: Grant_Partner_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who is the partner?`)
};

export const grant_partner_hint = /** @type {(inputs: Grant_Partner_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ask your partner which account or app they will use. An email finds their user; an application ID finds their app.`)
};

export const grant_partner_is_app = /** @type {(inputs: Grant_Partner_Is_AppInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`an app`)
};

export const grant_partner_is_user = /** @type {(inputs: Grant_Partner_Is_UserInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a user`)
};

export const grant_partner_label = /** @type {(inputs: Grant_Partner_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The partner's email address, sign-in name or app (application) ID`)
};

export const grant_plan_cannot = /** @type {(inputs: Grant_Plan_CannotInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`They cannot: ${i?.what}.`)
};

export const grant_plan_exists = /** @type {(inputs: Grant_Plan_ExistsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`They already have this role on ${i?.scope}; nothing changes there.`)
};

export const grant_plan_no_link = /** @type {(inputs: Grant_Plan_No_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Giving a role does not link the partner ID: the partner does that afterwards, with their own account. You can take the role back at any time, here or in the Azure portal.`)
};

export const grant_plan_summary = /** @type {(inputs: Grant_Plan_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} will get the ${i?.role} role on ${i?.scopes}.`)
};

export const grant_remove_all = /** @type {(inputs: Grant_Remove_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Take all of these back`)
};

export const grant_remove_confirm = /** @type {(inputs: Grant_Remove_ConfirmInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Take back all ${i?.count} of the partner's roles listed? The partner loses this access at once, and their work here stops counting for them.`)
};

export const grant_remove_yes = /** @type {(inputs: Grant_Remove_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yes, take them back`)
};

export const grant_removed = /** @type {(inputs: Grant_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Roles taken back: ${i?.count}.`)
};

export const grant_role_body = /** @type {(inputs: Grant_Role_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Give the partner's account an Azure role on the subscriptions they work on. Reader lets them see your resources; Contributor also lets them make changes. Ask your partner which one the work needs.`)
};

export const grant_role_contributor_allows = /** @type {(inputs: Grant_Role_Contributor_AllowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Can create, change and delete resources (virtual machines, databases, networks and so on).`)
};

export const grant_role_contributor_not = /** @type {(inputs: Grant_Role_Contributor_NotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`give access to anyone, or change policies and locks that need Owner`)
};

export const grant_role_contributor_risk = /** @type {(inputs: Grant_Role_Contributor_RiskInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The partner can change or delete your resources and create ones that cost money.`)
};

export const grant_role_earns = /** @type {(inputs: Grant_Role_EarnsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Counts for recognition: ${i?.recognition}. Counts for incentives: ${i?.incentives}.`)
};

export const grant_role_owner_allows = /** @type {(inputs: Grant_Role_Owner_AllowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Everything Contributor can do, and also give or remove access for anyone, including you.`)
};

export const grant_role_owner_not = /** @type {(inputs: Grant_Role_Owner_NotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`manage billing or cancel the subscription (those need billing roles, not Azure roles)`)
};

export const grant_role_owner_risk = /** @type {(inputs: Grant_Role_Owner_RiskInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Owner can give access to other people and remove yours. Give it only if the partner truly manages access for you; Contributor is enough for partner incentives.`)
};

export const grant_role_reader_allows = /** @type {(inputs: Grant_Role_Reader_AllowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Can see every resource and its settings, and their costs. Changes nothing.`)
};

export const grant_role_reader_not = /** @type {(inputs: Grant_Role_Reader_NotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`change, create or delete anything, or give access to anyone`)
};

export const grant_role_support_addon = /** @type {(inputs: Grant_Role_Support_AddonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Also ${i?.role}`)
};

export const grant_role_support_allows = /** @type {(inputs: Grant_Role_Support_AllowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Can open and manage Azure support requests for you.`)
};

export const grant_role_support_not = /** @type {(inputs: Grant_Role_Support_NotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`see or change resources (give Reader or Contributor as well for that)`)
};

export const grant_role_title = /** @type {(inputs: Grant_Role_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Give their account an Azure role`)
};

export const grant_scope_group = /** @type {(inputs: Grant_Scope_GroupInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`resource group ${i?.group} in ${i?.subscription}`)
};

export const grant_title = /** @type {(inputs: Grant_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What your partner needs from you`)
};

export const keychain_locked_body = /** @type {(inputs: Keychain_Locked_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unlock the keychain (your computer may ask for your password), then try again.`)
};

export const keychain_locked_heading = /** @type {(inputs: Keychain_Locked_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This computer's keychain is locked`)
};

export const keychain_retry = /** @type {(inputs: Keychain_RetryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try the keychain again`)
};

export const keychain_session_only = /** @type {(inputs: Keychain_Session_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in for this session only`)
};

export const keychain_session_only_desc = /** @type {(inputs: Keychain_Session_Only_DescInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing is saved: you will sign in again the next time you open the app.`)
};

export const keychain_unavailable_body = /** @type {(inputs: Keychain_Unavailable_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The app keeps sign-ins in the system keychain, so nothing secret is ever saved in a plain file. No keychain answered.`)
};

export const keychain_unavailable_heading = /** @type {(inputs: Keychain_Unavailable_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This computer's keychain is not available`)
};

export const lang_en = /** @type {(inputs: Lang_EnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`English`)
};

export const lang_zh_tw = /** @type {(inputs: Lang_Zh_TwInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`繁體中文`)
};

export const language_label = /** @type {(inputs: Language_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Language`)
};

export const learn_dpor_heading = /** @type {(inputs: Learn_Dpor_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DPOR — Digital Partner of Record`)
};

export const learn_dpor_now_body = /** @type {(inputs: Learn_Dpor_Now_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft now recognizes partners through PAL, which works with every subscription type. This app explains DPOR but doesn't set it.`)
};

export const learn_dpor_now_title = /** @type {(inputs: Learn_Dpor_Now_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DPOR is no longer the way forward — use PAL`)
};

export const learn_dpor_what_body = /** @type {(inputs: Learn_Dpor_What_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The customer named one partner for each subscription, without giving that partner any access. It only worked for some subscription types: Enterprise Agreement and pay-as-you-go.`)
};

export const learn_dpor_what_title = /** @type {(inputs: Learn_Dpor_What_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DPOR was set by the customer, one partner per subscription`)
};

export const learn_intro = /** @type {(inputs: Learn_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`These are two ways for Microsoft to know which partner helps a customer. Here is what each one is — and what it isn't.`)
};

export const learn_pal_heading = /** @type {(inputs: Learn_Pal_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PAL — Partner Admin Link`)
};

export const learn_pal_identity_body = /** @type {(inputs: Learn_Pal_Identity_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That is why you never choose a subscription. The link covers whatever that account can reach through its Azure roles, in that one directory.`)
};

export const learn_pal_identity_title = /** @type {(inputs: Learn_Pal_Identity_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PAL belongs to an account in a directory, not to a subscription`)
};

export const learn_pal_many_body = /** @type {(inputs: Learn_Pal_Many_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Each partner links their own accounts. One link doesn't replace another.`)
};

export const learn_pal_many_title = /** @type {(inputs: Learn_Pal_Many_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Several partners can each have PAL for the same customer`)
};

export const learn_pal_not_access_body = /** @type {(inputs: Learn_Pal_Not_Access_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Access comes first, and it comes from the customer: they give the partner's account an Azure role. PAL only tells Microsoft which partner helps with what that account can reach.`)
};

export const learn_pal_not_access_title = /** @type {(inputs: Learn_Pal_Not_Access_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PAL is not access`)
};

export const learn_pal_who_body = /** @type {(inputs: Learn_Pal_Who_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The partner signs in with their own account and links their partner ID. The customer never enters a partner ID for PAL.`)
};

export const learn_pal_who_title = /** @type {(inputs: Learn_Pal_Who_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The partner links; the customer gives access`)
};

export const learn_summary_body = /** @type {(inputs: Learn_Summary_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The customer gives the partner's account access. Then the partner links their partner ID with PAL, once in each customer directory.`)
};

export const learn_summary_title = /** @type {(inputs: Learn_Summary_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In short`)
};

export const learn_title = /** @type {(inputs: Learn_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PAL or DPOR?`)
};

export const lighthouse_point_deploy = /** @type {(inputs: Lighthouse_Point_DeployInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You deploy the partner's offer (from the Azure Marketplace or a template). It names the partner's users or groups and the roles they get on your subscriptions or resource groups.`)
};

export const lighthouse_point_link = /** @type {(inputs: Lighthouse_Point_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`With Lighthouse, the partner links their partner ID in their own directory, on the accounts your delegation names.`)
};

export const lighthouse_point_own_directory = /** @type {(inputs: Lighthouse_Point_Own_DirectoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The partner's people sign in to their own directory. Nothing is added to yours, and you see the delegation under Service providers in the Azure portal, where you can remove it at any time.`)
};

export const lighthouse_point_roles = /** @type {(inputs: Lighthouse_Point_RolesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Owner cannot be given through Lighthouse; Contributor and Reader can.`)
};

export const lighthouse_summary = /** @type {(inputs: Lighthouse_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Azure Lighthouse lets the partner manage your subscriptions from their own directory, without accounts in yours. This app does not set it up: the partner sends you an offer or a template to deploy.`)
};

export const lighthouse_title = /** @type {(inputs: Lighthouse_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Is your partner a managed-service provider? About Azure Lighthouse`)
};

export const link_access_body = /** @type {(inputs: Link_Access_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The customer gives you access first. Linking only tells Microsoft that your organization helps with what that account can already reach.`)
};

export const link_access_title = /** @type {(inputs: Link_Access_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Linking doesn't give you access`)
};

export const link_continue = /** @type {(inputs: Link_ContinueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`I have these: sign in`)
};

export const link_intro = /** @type {(inputs: Link_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You link your partner ID once in each customer directory you work in. Have these two things ready.`)
};

export const link_learn_button = /** @type {(inputs: Link_Learn_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Read: PAL or DPOR?`)
};

export const link_need_account_body = /** @type {(inputs: Link_Need_Account_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This is the account you use to work for this customer — often a guest account they invited. The customer must already have given it an Azure role, such as Reader or Contributor, on the subscriptions you work on.`)
};

export const link_need_account_title = /** @type {(inputs: Link_Need_Account_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`An account in the customer's directory that has an Azure role`)
};

export const link_need_id_body = /** @type {(inputs: Link_Need_Id_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Find it in Partner Center, under Account settings → Identifiers. It is a number, usually 6 or 7 digits. Older pages call it the “Associated MPN ID”.`)
};

export const link_need_id_title = /** @type {(inputs: Link_Need_Id_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your organization's Associated Partner ID`)
};

export const link_once_body = /** @type {(inputs: Link_Once_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The link belongs to your account in one directory, not to a subscription — that is why you won't be asked to choose a subscription. If you work for several customers, link in each of their directories.`)
};

export const link_once_title = /** @type {(inputs: Link_Once_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Once for each customer directory`)
};

export const link_role_body = /** @type {(inputs: Link_Role_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Any Azure role lets you link. Reader is usually enough for Microsoft to recognize your work; incentives such as partner earned credit need Contributor or Owner.`)
};

export const link_role_title = /** @type {(inputs: Link_Role_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The role decides what you earn`)
};

export const link_title = /** @type {(inputs: Link_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Before you start`)
};

export const link_unsure = /** @type {(inputs: Link_UnsureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not sure how linking differs from access, or from DPOR?`)
};

export const mark_no = /** @type {(inputs: Mark_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No`)
};

export const mark_unknown = /** @type {(inputs: Mark_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unknown`)
};

export const mark_yes = /** @type {(inputs: Mark_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yes`)
};

export const nav_back = /** @type {(inputs: Nav_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Back`)
};

export const note_agreement_unreadable = /** @type {(inputs: Note_Agreement_UnreadableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your account cannot read the billing agreement, so an Enterprise Agreement cannot be told apart from an Azure plan.`)
};

export const note_azure_plan_looks_like_ea = /** @type {(inputs: Note_Azure_Plan_Looks_Like_EaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This is an Azure plan (Microsoft Customer Agreement), even though Azure labels it like an Enterprise Agreement. DPOR never applied to it.`)
};

export const note_csp_aobo = /** @type {(inputs: Note_Csp_AoboInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You reached this directory through CSP "admin on behalf of". You have no account of your own here, and Microsoft refuses to link from such a session. Ask the customer to invite a guest account for you and give it a role, then link with that account.`)
};

export const note_dpor_retired = /** @type {(inputs: Note_Dpor_RetiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DPOR is no longer the way forward: link with PAL instead, in each directory.`)
};

export const note_lighthouse = /** @type {(inputs: Note_LighthouseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This access comes through Azure Lighthouse: link in your own organization's directory, on the account that holds the delegated roles. That link counts for these subscriptions.`)
};

export const note_no_access = /** @type {(inputs: Note_No_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This account has no Azure role in this directory, so linking earns nothing here until the customer gives it one (Reader for recognition, Contributor or Owner for incentives). You can still link now: it counts from the moment a role is given. The customer's admin can use "Give a partner access" in this app.`)
};

export const note_pim_eligible = /** @type {(inputs: Note_Pim_EligibleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A role here is only eligible through Privileged Identity Management: it counts only while it is activated.`)
};

export const note_reader_no_incentives = /** @type {(inputs: Note_Reader_No_IncentivesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reader counts for recognition, but not for incentives such as partner earned credit: those need Contributor or Owner.`)
};

export const note_role_through_group = /** @type {(inputs: Note_Role_Through_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A role comes through a group you belong to; it counts like a role given to you directly.`)
};

export const note_roles_unreadable = /** @type {(inputs: Note_Roles_UnreadableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The roles here could not be read, so what the access earns cannot be told.`)
};

export const note_subscription_not_active = /** @type {(inputs: Note_Subscription_Not_ActiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A subscription here is not active (disabled, past due or deleted), so it produces little or no usage to recognize.`)
};

export const offer_azure_for_students = /** @type {(inputs: Offer_Azure_For_StudentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Azure for Students`)
};

export const offer_azure_in_open = /** @type {(inputs: Offer_Azure_In_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Azure in Open`)
};

export const offer_azure_pass = /** @type {(inputs: Offer_Azure_PassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Azure Pass`)
};

export const offer_azure_plan = /** @type {(inputs: Offer_Azure_PlanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Azure plan`)
};

export const offer_csp = /** @type {(inputs: Offer_CspInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cloud Solution Provider (CSP)`)
};

export const offer_default = /** @type {(inputs: Offer_DefaultInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Default`)
};

export const offer_dev_test = /** @type {(inputs: Offer_Dev_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dev/Test`)
};

export const offer_ea_or_azure_plan = /** @type {(inputs: Offer_Ea_Or_Azure_PlanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enterprise Agreement or Azure plan`)
};

export const offer_enterprise_agreement = /** @type {(inputs: Offer_Enterprise_AgreementInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enterprise Agreement`)
};

export const offer_free_trial = /** @type {(inputs: Offer_Free_TrialInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Free trial`)
};

export const offer_internal = /** @type {(inputs: Offer_InternalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft internal`)
};

export const offer_partner_benefits = /** @type {(inputs: Offer_Partner_BenefitsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Partner benefits`)
};

export const offer_pay_as_you_go = /** @type {(inputs: Offer_Pay_As_You_GoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pay-as-you-go`)
};

export const offer_sponsored = /** @type {(inputs: Offer_SponsoredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sponsored`)
};

export const offer_student_starter = /** @type {(inputs: Offer_Student_StarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Azure for Students Starter`)
};

export const offer_unknown = /** @type {(inputs: Offer_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unknown type`)
};

export const offer_visual_studio = /** @type {(inputs: Offer_Visual_StudioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visual Studio`)
};

export const overview_as_of = /** @type {(inputs: Overview_As_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`As of ${i?.time}: linked in ${i?.linked} of ${i?.total} directories.`)
};

export const overview_by = /** @type {(inputs: Overview_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`with ${i?.account}`)
};

export const overview_checking = /** @type {(inputs: Overview_CheckingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Checking directory ${i?.done} of ${i?.total}…`)
};

export const overview_choose_label = /** @type {(inputs: Overview_Choose_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Choose ${i?.name}`)
};

export const overview_choose_unlinked = /** @type {(inputs: Overview_Choose_UnlinkedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Choose all not linked (${i?.count})`)
};

export const overview_col_access = /** @type {(inputs: Overview_Col_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Best role`)
};

export const overview_col_choose = /** @type {(inputs: Overview_Col_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose`)
};

export const overview_col_directory = /** @type {(inputs: Overview_Col_DirectoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Directory`)
};

export const overview_col_link = /** @type {(inputs: Overview_Col_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Partner ID`)
};

export const overview_col_problem = /** @type {(inputs: Overview_Col_ProblemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In the way`)
};

export const overview_col_run = /** @type {(inputs: Overview_Col_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This run`)
};

export const overview_earns_both = /** @type {(inputs: Overview_Earns_BothInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`counts for recognition and incentives`)
};

export const overview_earns_nothing = /** @type {(inputs: Overview_Earns_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`earns nothing yet`)
};

export const overview_earns_recognition = /** @type {(inputs: Overview_Earns_RecognitionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`counts for recognition`)
};

export const overview_empty = /** @type {(inputs: Overview_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your signed-in accounts reach no directories.`)
};

export const overview_export_body = /** @type {(inputs: Overview_Export_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where your partner ID is linked, by which account, with what access, as of when: for incentive claims and audits. Saved in your proofs folder.`)
};

export const overview_export_csv = /** @type {(inputs: Overview_Export_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save as a spreadsheet (CSV)`)
};

export const overview_export_heading = /** @type {(inputs: Overview_Export_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Report`)
};

export const overview_export_html = /** @type {(inputs: Overview_Export_HtmlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open a printable page`)
};

export const overview_export_json = /** @type {(inputs: Overview_Export_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save as JSON`)
};

export const overview_export_saved = /** @type {(inputs: Overview_Export_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Saved: ${i?.path}`)
};

export const overview_interrupted_body = /** @type {(inputs: Overview_Interrupted_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Linking partner ID ${i?.id}, started ${i?.time}, stopped before it finished: ${i?.remaining} of ${i?.total} directories are left. Continuing does only those; none is linked twice.`)
};

export const overview_interrupted_damaged = /** @type {(inputs: Overview_Interrupted_DamagedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} lines of the run's record could not be read (the app stopped while writing them). Those directories are checked again before anything is written.`)
};

export const overview_interrupted_forget = /** @type {(inputs: Overview_Interrupted_ForgetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forget it`)
};

export const overview_interrupted_heading = /** @type {(inputs: Overview_Interrupted_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A run was interrupted`)
};

export const overview_interrupted_resume = /** @type {(inputs: Overview_Interrupted_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Continue the run`)
};

export const overview_intro = /** @type {(inputs: Overview_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Each directory your signed-in accounts reach: whether your partner ID is linked there, what your access earns, and what stands in the way. Choose directories to link them all in one go.`)
};

export const overview_link_chosen = /** @type {(inputs: Overview_Link_ChosenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Link in the ${i?.count} chosen directories`)
};

export const overview_link_hint = /** @type {(inputs: Overview_Link_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Directories linked to another partner ID are left alone: change those one at a time, from their own screen. Directories where Microsoft refuses links (CSP admin-on-behalf-of only, app not approved) can't be chosen.`)
};

export const overview_not_linked = /** @type {(inputs: Overview_Not_LinkedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not linked`)
};

export const overview_problem_ca = /** @type {(inputs: Overview_Problem_CaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Blocked by the customer's Conditional Access`)
};

export const overview_problem_consent = /** @type {(inputs: Overview_Problem_ConsentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The customer hasn't approved the sign-in app`)
};

export const overview_problem_csp = /** @type {(inputs: Overview_Problem_CspInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only CSP admin-on-behalf-of: Microsoft refuses links from it`)
};

export const overview_problem_failed = /** @type {(inputs: Overview_Problem_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Could not be checked`)
};

export const overview_problem_mfa = /** @type {(inputs: Overview_Problem_MfaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Needs an extra sign-in (MFA)`)
};

export const overview_problem_no_access = /** @type {(inputs: Overview_Problem_No_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No Azure role yet`)
};

export const overview_problem_sign_in_again = /** @type {(inputs: Overview_Problem_Sign_In_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in again (the sign-in expired)`)
};

export const overview_queue_body = /** @type {(inputs: Overview_Queue_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`They ask for an extra sign-in (such as MFA). Do them one at a time: sign in, and the link is made straight after.`)
};

export const overview_queue_heading = /** @type {(inputs: Overview_Queue_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`These directories need you to sign in`)
};

export const overview_queue_sign_in = /** @type {(inputs: Overview_Queue_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in and link`)
};

export const overview_refresh = /** @type {(inputs: Overview_RefreshInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check again`)
};

export const overview_result_already = /** @type {(inputs: Overview_Result_AlreadyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Already linked`)
};

export const overview_result_failed = /** @type {(inputs: Overview_Result_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Failed; tried again if you continue`)
};

export const overview_result_linked = /** @type {(inputs: Overview_Result_LinkedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Linked`)
};

export const overview_result_other = /** @type {(inputs: Overview_Result_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Left alone: linked to ${i?.id}`)
};

export const overview_result_sign_in = /** @type {(inputs: Overview_Result_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Waiting for your sign-in`)
};

export const overview_run_cancel = /** @type {(inputs: Overview_Run_CancelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stop`)
};

export const overview_run_cancelled = /** @type {(inputs: Overview_Run_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stopped. The directories not done yet can be linked later: the app offers to continue.`)
};

export const overview_run_continue = /** @type {(inputs: Overview_Run_ContinueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Continue`)
};

export const overview_run_counts = /** @type {(inputs: Overview_Run_CountsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done} of ${i?.total} done: linked ${i?.linked}, already linked ${i?.already}, linked to another ID ${i?.other}, waiting for you to sign in ${i?.waiting}, failed ${i?.failed}.`)
};

export const overview_run_finished = /** @type {(inputs: Overview_Run_FinishedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Finished.`)
};

export const overview_run_heading = /** @type {(inputs: Overview_Run_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Linking partner ID ${i?.id}`)
};

export const overview_run_pause = /** @type {(inputs: Overview_Run_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pause`)
};

export const overview_run_paused = /** @type {(inputs: Overview_Run_PausedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Paused: directories already started finish; no new ones start until you continue.`)
};

export const overview_run_throttled = /** @type {(inputs: Overview_Run_ThrottledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Azure asked to slow down ${i?.count} times; the whole run waited each time, as Azure asks.`)
};

export const overview_table_caption = /** @type {(inputs: Overview_Table_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Directories, their link, access and problems`)
};

export const overview_title = /** @type {(inputs: Overview_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every directory at once`)
};

export const pal_check = /** @type {(inputs: Pal_CheckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check what will happen`)
};

export const pal_choose_body = /** @type {(inputs: Pal_Choose_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What you pasted has more than one number that could be a partner ID. Choose the one Partner Center shows as your "Associated PartnerID".`)
};

export const pal_choose_heading = /** @type {(inputs: Pal_Choose_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Which of these is your partner ID?`)
};

export const pal_choose_option = /** @type {(inputs: Pal_Choose_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Use ${i?.id}`)
};

export const pal_do_change = /** @type {(inputs: Pal_Do_ChangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Yes, change it to ${i?.id}`)
};

export const pal_do_create = /** @type {(inputs: Pal_Do_CreateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Link partner ID ${i?.id}`)
};

export const pal_do_remove = /** @type {(inputs: Pal_Do_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yes, remove the link`)
};

export const pal_done_change = /** @type {(inputs: Pal_Done_ChangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Done: the linked partner ID is now ${i?.id}.`)
};

export const pal_done_create = /** @type {(inputs: Pal_Done_CreateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Done: partner ID ${i?.id} is linked for this account in this directory.`)
};

export const pal_done_name = /** @type {(inputs: Pal_Done_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Microsoft knows this partner ID as ${i?.name}. If that is not your organization, change the ID now.`)
};

export const pal_done_nothing = /** @type {(inputs: Pal_Done_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing needed to change.`)
};

export const pal_done_remove = /** @type {(inputs: Pal_Done_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Done: the link was removed.`)
};

export const pal_done_reread = /** @type {(inputs: Pal_Done_RereadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The connection dropped after the request was sent; the app read the link again, and it is in place. It was done once.`)
};

export const pal_form_hint = /** @type {(inputs: Pal_Form_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Paste it as you have it: spaces and labels such as "MPN ID:" are fine. It is in Partner Center, under Account settings, Identifiers.`)
};

export const pal_form_label = /** @type {(inputs: Pal_Form_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your organization's Associated Partner ID`)
};

export const pal_not_now = /** @type {(inputs: Pal_Not_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not now`)
};

export const pal_plan_already = /** @type {(inputs: Pal_Plan_AlreadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Already linked to partner ID ${i?.id}: nothing to change.`)
};

export const pal_plan_change = /** @type {(inputs: Pal_Plan_ChangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This changes the linked partner ID from ${i?.from} to ${i?.to}. From now on, Microsoft credits ${i?.to} for this account's work here.`)
};

export const pal_plan_create = /** @type {(inputs: Pal_Plan_CreateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This links partner ID ${i?.id} to the account ${i?.account} in this directory.`)
};

export const pal_plan_nothing = /** @type {(inputs: Pal_Plan_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No partner ID is linked, so there is nothing to remove.`)
};

export const pal_plan_remove = /** @type {(inputs: Pal_Plan_RemoveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This removes the link to partner ID ${i?.id}. Microsoft then credits no partner for this account's work here.`)
};

export const pal_remove = /** @type {(inputs: Pal_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remove the link…`)
};

export const pal_request_id = /** @type {(inputs: Pal_Request_IdInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Microsoft's request ID: ${i?.id}`)
};

export const pal_working = /** @type {(inputs: Pal_WorkingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Asking Microsoft…`)
};

export const practice_badge = /** @type {(inputs: Practice_BadgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Practice — nothing is sent to Microsoft`)
};

export const practice_leave = /** @type {(inputs: Practice_LeaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave practice`)
};

export const practice_offer_body = /** @type {(inputs: Practice_Offer_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try every step first on example customers in a pretend Azure inside this app, things going wrong included. Nothing is sent to Microsoft.`)
};

export const practice_offer_heading = /** @type {(inputs: Practice_Offer_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New to this? Practise first`)
};

export const practice_on_body = /** @type {(inputs: Practice_On_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Everything here happens in a pretend Azure with example customers. When you sign in, pick any example account: the practice sign-in page shows its password. To work for real, choose "Leave practice" at the top.`)
};

export const practice_on_heading = /** @type {(inputs: Practice_On_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You are practising`)
};

export const practice_problem_body = /** @type {(inputs: Practice_Problem_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose one, then link a partner ID in any example directory: that link meets the problem, so you can see what the app does about it.`)
};

export const practice_problem_busy = /** @type {(inputs: Practice_Problem_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Azure is busy when I link`)
};

export const practice_problem_connection = /** @type {(inputs: Practice_Problem_ConnectionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The connection drops while I link`)
};

export const practice_problem_staged = /** @type {(inputs: Practice_Problem_StagedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ready: the next link you make meets this problem.`)
};

export const practice_problem_summary = /** @type {(inputs: Practice_Problem_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rehearse a problem`)
};

export const practice_start = /** @type {(inputs: Practice_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Start practising`)
};

export const practice_starting = /** @type {(inputs: Practice_StartingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Starting practice…`)
};

export const privacy_off_hint = /** @type {(inputs: Privacy_Off_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Turn it on before sharing your screen.`)
};

export const privacy_on_hint = /** @type {(inputs: Privacy_On_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Emails and IDs are hidden for screen-sharing.`)
};

export const privacy_toggle = /** @type {(inputs: Privacy_ToggleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Privacy mode`)
};

export const proof_body = /** @type {(inputs: Proof_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save what Microsoft holds for this directory now, to keep for incentive claims and audits, or to show on the screen-share.`)
};

export const proof_copied = /** @type {(inputs: Proof_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The summary is copied.`)
};

export const proof_copy = /** @type {(inputs: Proof_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy a summary`)
};

export const proof_heading = /** @type {(inputs: Proof_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Proof of what is linked`)
};

export const proof_open = /** @type {(inputs: Proof_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open the printable page`)
};

export const proof_save = /** @type {(inputs: Proof_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save a proof (printable page and JSON)`)
};

export const proof_saved = /** @type {(inputs: Proof_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Saved as ${i?.path}`)
};

export const proof_saving = /** @type {(inputs: Proof_SavingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reading the link again and saving…`)
};

export const proof_summary = /** @type {(inputs: Proof_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Partner Admin Link in ${i?.directory} (${i?.tenant}), account ${i?.account}: ${i?.link} Access: ${i?.access} Checked ${i?.time}.`)
};

export const resume_continue = /** @type {(inputs: Resume_ContinueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Continue`)
};

export const resume_directory = /** @type {(inputs: Resume_DirectoryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`You were working in ${i?.directory}.`)
};

export const resume_heading = /** @type {(inputs: Resume_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Continue where you left off?`)
};

export const resume_start_over = /** @type {(inputs: Resume_Start_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Start over`)
};

export const resume_where = /** @type {(inputs: Resume_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Last time you got as far as "${i?.step}" (${i?.when}).`)
};

export const role_contributor = /** @type {(inputs: Role_ContributorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contributor`)
};

export const role_owner = /** @type {(inputs: Role_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Owner`)
};

export const role_reader = /** @type {(inputs: Role_ReaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reader`)
};

export const role_support_request_contributor = /** @type {(inputs: Role_Support_Request_ContributorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Support Request Contributor`)
};

export const role_user_access_administrator = /** @type {(inputs: Role_User_Access_AdministratorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`User Access Administrator`)
};

export const rule_any_role_recognition = /** @type {(inputs: Rule_Any_Role_RecognitionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Any Azure role allows the link and counts for recognition of what it reaches; Reader is usually enough for recognition.`)
};

export const rule_contributor_for_incentives = /** @type {(inputs: Rule_Contributor_For_IncentivesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Incentives such as partner earned credit need Contributor or Owner; Reader does not qualify.`)
};

export const rule_csp_aobo_cannot_link = /** @type {(inputs: Rule_Csp_Aobo_Cannot_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A CSP partner working in a customer's directory through admin on behalf of has no account there and cannot link. A guest account in the customer's directory can.`)
};

export const rule_dpor_retired = /** @type {(inputs: Rule_Dpor_RetiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DPOR was set by the customer for each subscription, only for Enterprise Agreement and pay-as-you-go subscriptions (not CSP or Azure plan). It has no API, and is reported retired for Azure in favour of PAL: use PAL.`)
};

export const rule_ea_to_azure_plan_not_carried = /** @type {(inputs: Rule_Ea_To_Azure_Plan_Not_CarriedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When a subscription moves from an Enterprise Agreement to an Azure plan, the partner ID is not carried over: link again.`)
};

export const rule_group_roles_count = /** @type {(inputs: Rule_Group_Roles_CountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Roles held through a group count like roles given directly.`)
};

export const rule_lighthouse_link_in_managing_directory = /** @type {(inputs: Rule_Lighthouse_Link_In_Managing_DirectoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`With Azure Lighthouse, the partner links in their own (managing) directory, on an account that holds the delegated roles.`)
};

export const rule_one_identity_one_directory = /** @type {(inputs: Rule_One_Identity_One_DirectoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The link belongs to one account in one directory, not to a subscription. A guest account is a different account in each customer's directory, so the partner links in each one.`)
};

export const rule_only_linker_can_change = /** @type {(inputs: Rule_Only_Linker_Can_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only the account that made the link can change or remove it; the customer and other partners cannot.`)
};

export const rule_pal_needs_access_first = /** @type {(inputs: Rule_Pal_Needs_Access_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PAL gives no access. The customer first gives the partner's account an Azure role (or invites it as a guest, or delegates through Azure Lighthouse); PAL then tells Microsoft who helps with what that account can reach. With no role, a link earns nothing.`)
};

export const rule_pim_only_while_active = /** @type {(inputs: Rule_Pim_Only_While_ActiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Roles from Privileged Identity Management count only while they are active.`)
};

export const saved_start_over = /** @type {(inputs: Saved_Start_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remove the saved sign-ins and start over`)
};

export const saved_unreadable_body = /** @type {(inputs: Saved_Unreadable_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The file with your saved sign-ins was changed, damaged or comes from another computer, so the app refused it. Nothing was sent anywhere.`)
};

export const saved_unreadable_heading = /** @type {(inputs: Saved_Unreadable_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your saved sign-ins cannot be used`)
};

export const setup_body = /** @type {(inputs: Setup_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`To reach customers' directories, this app signs you in through an app that your organization registers once in Microsoft Entra ID. Microsoft's own apps (such as the Azure CLI's) may not be used for this. Ask your IT team to register it, or enter its ID here if you have it.`)
};

export const setup_client_id_hint = /** @type {(inputs: Setup_Client_Id_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It looks like 00000000-0000-0000-0000-000000000000.`)
};

export const setup_client_id_label = /** @type {(inputs: Setup_Client_Id_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Application (client) ID of your organization's sign-in app`)
};

export const setup_heading = /** @type {(inputs: Setup_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your organization's sign-in app is not set up yet`)
};

export const setup_save = /** @type {(inputs: Setup_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save and continue`)
};

export const setup_step_permission = /** @type {(inputs: Setup_Step_PermissionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The delegated API permission Azure Service Management, user_impersonation.`)
};

export const setup_step_public = /** @type {(inputs: Setup_Step_PublicInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`"Allow public client flows" turned on, for signing in with a code.`)
};

export const setup_step_redirect = /** @type {(inputs: Setup_Step_RedirectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The platform "Mobile and desktop applications", with the redirect URI http://localhost.`)
};

export const setup_step_register = /** @type {(inputs: Setup_Step_RegisterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In the Microsoft Entra admin center, under App registrations, a new registration for accounts in any organizational directory (multitenant).`)
};

export const setup_step_share = /** @type {(inputs: Setup_Step_ShareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The Application (client) ID given to the people who use this app, or deployed for them in the file sign-in-app.json or the PARTNER_LINK_CLIENT_ID setting.`)
};

export const setup_steps_heading = /** @type {(inputs: Setup_Steps_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What IT registers, once`)
};

export const signin_account_app = /** @type {(inputs: Signin_Account_AppInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`An app (service principal)`)
};

export const signin_account_cli = /** @type {(inputs: Signin_Account_CliInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Through the Azure CLI: ${i?.username}`)
};

export const signin_account_home = /** @type {(inputs: Signin_Account_HomeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Home directory: ${i?.tenant}`)
};

export const signin_accounts_heading = /** @type {(inputs: Signin_Accounts_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signed in`)
};

export const signin_browser_desc = /** @type {(inputs: Signin_Browser_DescInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recommended. Your web browser opens Microsoft's sign-in page. Come back here when you have finished.`)
};

export const signin_browser_title = /** @type {(inputs: Signin_Browser_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in with your browser`)
};

export const signin_browser_waiting = /** @type {(inputs: Signin_Browser_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Finish signing in in your browser. This window updates by itself when you are done.`)
};

export const signin_cancel = /** @type {(inputs: Signin_CancelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cancel`)
};

export const signin_cli_desc = /** @type {(inputs: Signin_Cli_DescInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`If you already use the Azure CLI (az login) on this computer, the app can use that sign-in. Nothing of the CLI's is saved by the app.`)
};

export const signin_cli_title = /** @type {(inputs: Signin_Cli_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use your Azure CLI sign-in`)
};

export const signin_continue = /** @type {(inputs: Signin_ContinueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Continue to your directories`)
};

export const signin_continue_grant = /** @type {(inputs: Signin_Continue_GrantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Continue to giving access`)
};

export const signin_device_code_label = /** @type {(inputs: Signin_Device_Code_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your sign-in code`)
};

export const signin_device_copied = /** @type {(inputs: Signin_Device_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The code is copied.`)
};

export const signin_device_copy = /** @type {(inputs: Signin_Device_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy the code`)
};

export const signin_device_desc = /** @type {(inputs: Signin_Device_DescInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When the browser cannot come back to this app (a locked-down computer, say): you type a code on Microsoft's page, on this or any other device.`)
};

export const signin_device_instructions = /** @type {(inputs: Signin_Device_InstructionsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Open ${i?.page} in a browser, on this or any device, and enter this code:`)
};

export const signin_device_open = /** @type {(inputs: Signin_Device_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open the page`)
};

export const signin_device_title = /** @type {(inputs: Signin_Device_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use a code instead`)
};

export const signin_device_waiting = /** @type {(inputs: Signin_Device_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Waiting for you to enter the code and sign in…`)
};

export const signin_forget = /** @type {(inputs: Signin_ForgetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forget every sign-in on this computer…`)
};

export const signin_forget_confirm = /** @type {(inputs: Signin_Forget_ConfirmInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yes, forget everything`)
};

export const signin_forget_keep = /** @type {(inputs: Signin_Forget_KeepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No, keep them`)
};

export const signin_forget_question = /** @type {(inputs: Signin_Forget_QuestionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This signs every account out and removes everything the app saved in the keychain and on disk. Continue?`)
};

export const signin_forgotten = /** @type {(inputs: Signin_ForgottenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every sign-in was removed from this computer.`)
};

export const signin_intro = /** @type {(inputs: Signin_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in with the work account you use for your customers. You sign in once: the app then reaches every customer directory that account belongs to.`)
};

export const signin_loading = /** @type {(inputs: Signin_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Getting sign-in ready…`)
};

export const signin_meanwhile_heading = /** @type {(inputs: Signin_Meanwhile_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meanwhile, you can sign in without it`)
};

export const signin_methods_heading = /** @type {(inputs: Signin_Methods_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose how to sign in`)
};

export const signin_methods_heading_more = /** @type {(inputs: Signin_Methods_Heading_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in with another account`)
};

export const signin_session_only_note = /** @type {(inputs: Signin_Session_Only_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signed in for this session only: nothing is saved, and you will sign in again next time.`)
};

export const signin_sign_out = /** @type {(inputs: Signin_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign out`)
};

export const signin_signed_out = /** @type {(inputs: Signin_Signed_OutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} is signed out. Nothing of that sign-in is left on this computer.`)
};

export const signin_sp_client_id = /** @type {(inputs: Signin_Sp_Client_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Application (client) ID`)
};

export const signin_sp_desc = /** @type {(inputs: Signin_Sp_DescInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For partners who link the app identity their automation uses. You need the app registration's ID and a client secret; the secret is kept in this computer's keychain.`)
};

export const signin_sp_secret = /** @type {(inputs: Signin_Sp_SecretInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Client secret`)
};

export const signin_sp_submit = /** @type {(inputs: Signin_Sp_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in as this app`)
};

export const signin_sp_tenant = /** @type {(inputs: Signin_Sp_TenantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Directory (its ID, or a domain such as contoso.onmicrosoft.com)`)
};

export const signin_sp_title = /** @type {(inputs: Signin_Sp_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in as an app (service principal)`)
};

export const signin_title = /** @type {(inputs: Signin_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in`)
};

export const skip_to_content = /** @type {(inputs: Skip_To_ContentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skip to main content`)
};

export const source_button = /** @type {(inputs: Source_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft source`)
};

export const source_button_hint = /** @type {(inputs: Source_Button_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(opens in your browser)`)
};

export const start_intro = /** @type {(inputs: Start_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft rewards partners for the Azure work they help customers with, but only if it knows which partner helped. This app links your partner ID to the account you use in each customer's directory, and helps customers give you the access you need.`)
};

export const start_question = /** @type {(inputs: Start_QuestionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What would you like to do?`)
};

export const start_title = /** @type {(inputs: Start_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Let Microsoft know which partner helped`)
};

export const step_done = /** @type {(inputs: Step_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`done`)
};

export const step_grant_access = /** @type {(inputs: Step_Grant_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Give access`)
};

export const step_grant_app = /** @type {(inputs: Step_Grant_AppInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Approve the partner's app`)
};

export const step_grant_needs = /** @type {(inputs: Step_Grant_NeedsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What your partner needs`)
};

export const step_grant_sign_in = /** @type {(inputs: Step_Grant_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in`)
};

export const step_learn = /** @type {(inputs: Step_LearnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PAL or DPOR?`)
};

export const step_link_link = /** @type {(inputs: Step_Link_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Link in each directory`)
};

export const step_link_prepare = /** @type {(inputs: Step_Link_PrepareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Before you start`)
};

export const step_link_sign_in = /** @type {(inputs: Step_Link_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in`)
};

export const step_start = /** @type {(inputs: Step_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose what to do`)
};

export const steps_label = /** @type {(inputs: Steps_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Progress`)
};

export const steps_position = /** @type {(inputs: Steps_PositionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Step ${i?.current} of ${i?.total}`)
};