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
	return /** @type {LocalizedString} */ (`再試一次`)
};

export const app_name = /** @type {(inputs: App_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴連結助理`)
};

export const choice_grant_desc = /** @type {(inputs: Choice_Grant_DescInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`適用於客戶的系統管理員：了解合作夥伴需要您提供什麼，以及哪些事不需要您來做。`)
};

export const choice_grant_title = /** @type {(inputs: Choice_Grant_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`給予合作夥伴存取權（我是客戶的系統管理員）`)
};

export const choice_learn_desc = /** @type {(inputs: Choice_Learn_DescInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不確定這是怎麼運作的嗎？簡短說明兩者各是什麼，以及由誰來做。`)
};

export const choice_learn_title = /** @type {(inputs: Choice_Learn_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`了解：PAL 還是 DPOR？`)
};

export const choice_link_desc = /** @type {(inputs: Choice_Link_DescInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`適用於合作夥伴員工：把貴組織的合作夥伴識別碼連結到您在客戶目錄中使用的帳戶。`)
};

export const choice_link_title = /** @type {(inputs: Choice_Link_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`連結我們的合作夥伴識別碼`)
};

export const cloud_azure_china = /** @type {(inputs: Cloud_Azure_ChinaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`由世紀互聯營運的 Azure（中國）`)
};

export const cloud_azure_government = /** @type {(inputs: Cloud_Azure_GovernmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Azure Government（美國政府）`)
};

export const cloud_azure_public = /** @type {(inputs: Cloud_Azure_PublicInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Azure（全球）`)
};

export const cloud_practice = /** @type {(inputs: Cloud_PracticeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`練習（模擬的 Azure）`)
};

export const decide_access_aobo = /** @type {(inputs: Decide_Access_AoboInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只能透過 CSP（代表系統管理員）`)
};

export const decide_access_has_role = /** @type {(inputs: Decide_Access_Has_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`他們自己的帳戶或應用程式有 Azure 角色`)
};

export const decide_access_lighthouse = /** @type {(inputs: Decide_Access_LighthouseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`透過 Azure Lighthouse`)
};

export const decide_access_none = /** @type {(inputs: Decide_Access_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`還沒有`)
};

export const decide_asker_customer = /** @type {(inputs: Decide_Asker_CustomerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`我是客戶的系統管理員`)
};

export const decide_asker_partner = /** @type {(inputs: Decide_Asker_PartnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`我在合作夥伴公司工作`)
};

export const decide_dpor_no = /** @type {(inputs: Decide_Dpor_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DPOR 從未適用於這類訂用帳戶。PAL 適用。`)
};

export const decide_dpor_unknown = /** @type {(inputs: Decide_Dpor_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DPOR 只適用於部分訂用帳戶、由客戶設定，而且已不是往後的做法。PAL 適用於所有類型。`)
};

export const decide_dpor_yes = /** @type {(inputs: Decide_Dpor_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這類訂用帳戶以前可以由客戶設定 DPOR，每個訂用帳戶一個合作夥伴。這已不是往後的做法：PAL 取代了它。`)
};

export const decide_goal_incentives = /** @type {(inputs: Decide_Goal_IncentivesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`也計入獎勵（例如合作夥伴賺取的點數）`)
};

export const decide_goal_recognition = /** @type {(inputs: Decide_Goal_RecognitionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`認可（認證、專業化）`)
};

export const decide_intro = /** @type {(inputs: Decide_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`回答四個問題，應用程式會告訴您該使用什麼、下一步做什麼，以及背後的規則。`)
};

export const decide_next_grant = /** @type {(inputs: Decide_Next_GrantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`繼續：授與合作夥伴存取權`)
};

export const decide_next_link = /** @type {(inputs: Decide_Next_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`繼續：登入並連結`)
};

export const decide_not_sure = /** @type {(inputs: Decide_Not_SureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不確定`)
};

export const decide_q_access = /** @type {(inputs: Decide_Q_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴目前在客戶目錄中有什麼存取權?`)
};

export const decide_q_asker = /** @type {(inputs: Decide_Q_AskerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您是誰?`)
};

export const decide_q_goal = /** @type {(inputs: Decide_Q_GoalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴的工作應計入什麼?`)
};

export const decide_q_subscription = /** @type {(inputs: Decide_Q_SubscriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這是哪種 Azure 訂用帳戶?`)
};

export const decide_role = /** @type {(inputs: Decide_RoleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`合作夥伴的身分至少需要訂用帳戶上的${i?.role}角色。`)
};

export const decide_step_give_role = /** @type {(inputs: Decide_Step_Give_RoleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`客戶在合作夥伴負責的訂用帳戶上，授與合作夥伴的帳戶或應用程式${i?.role}角色。`)
};

export const decide_step_invite = /** @type {(inputs: Decide_Step_InviteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客戶邀請合作夥伴的使用者成為其目錄中的來賓：CSP 代表系統管理員的工作階段無法連結。`)
};

export const decide_step_lighthouse_offer = /** @type {(inputs: Decide_Step_Lighthouse_OfferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客戶部署合作夥伴的 Azure Lighthouse 供應項目（由合作夥伴提供）。`)
};

export const decide_step_link_each = /** @type {(inputs: Decide_Step_Link_EachInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴登入每個客戶目錄並在該處連結合作夥伴 ID，每個目錄一次。`)
};

export const decide_step_link_own = /** @type {(inputs: Decide_Step_Link_OwnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴在他們自己的目錄中，於委派所列的帳戶上連結合作夥伴 ID。`)
};

export const decide_step_tell_partner = /** @type {(inputs: Decide_Step_Tell_PartnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客戶告訴合作夥伴已完成。客戶從不輸入合作夥伴 ID：由合作夥伴連結。`)
};

export const decide_steps = /** @type {(inputs: Decide_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`依序要做的事`)
};

export const decide_sub_azure_plan = /** @type {(inputs: Decide_Sub_Azure_PlanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Azure 方案（Microsoft 客戶合約）`)
};

export const decide_sub_csp = /** @type {(inputs: Decide_Sub_CspInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`透過雲端解決方案提供者（CSP）購買`)
};

export const decide_sub_ea = /** @type {(inputs: Decide_Sub_EaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enterprise 合約`)
};

export const decide_sub_payg = /** @type {(inputs: Decide_Sub_PaygInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`隨用隨付`)
};

export const decide_submit = /** @type {(inputs: Decide_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`顯示該怎麼做`)
};

export const decide_title = /** @type {(inputs: Decide_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`幫我決定`)
};

export const decide_use_pal = /** @type {(inputs: Decide_Use_PalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請使用合作夥伴管理連結（PAL）。`)
};

export const decide_why = /** @type {(inputs: Decide_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`原因`)
};

export const dir_access_heading = /** @type {(inputs: Dir_Access_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您在這裡的存取權能帶來什麼`)
};

export const dir_col_dpor = /** @type {(inputs: Dir_Col_DporInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`過去是否適用 DPOR`)
};

export const dir_col_incentives = /** @type {(inputs: Dir_Col_IncentivesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`獎勵`)
};

export const dir_col_offer = /** @type {(inputs: Dir_Col_OfferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`類型`)
};

export const dir_col_recognition = /** @type {(inputs: Dir_Col_RecognitionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`認可`)
};

export const dir_col_role = /** @type {(inputs: Dir_Col_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您的角色`)
};

export const dir_col_subscription = /** @type {(inputs: Dir_Col_SubscriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訂用帳戶`)
};

export const dir_consent_copied = /** @type {(inputs: Dir_Consent_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`連結已複製。`)
};

export const dir_consent_copy = /** @type {(inputs: Dir_Consent_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`複製連結`)
};

export const dir_earns_both = /** @type {(inputs: Dir_Earns_BothInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您在這裡的存取權可計入認可，也可計入獎勵。`)
};

export const dir_earns_nothing = /** @type {(inputs: Dir_Earns_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您在這裡的存取權目前還不能帶來任何效益：這個帳戶沒有可計入的 Azure 角色。`)
};

export const dir_earns_recognition = /** @type {(inputs: Dir_Earns_RecognitionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您在這裡的存取權可計入認可，但不能計入獎勵：獎勵需要「參與者」或「擁有者」。`)
};

export const dir_identity = /** @type {(inputs: Dir_IdentityInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`在這裡使用的帳戶：${i?.name}`)
};

export const dir_link_heading = /** @type {(inputs: Dir_Link_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個目錄中的合作夥伴識別碼`)
};

export const dir_linked = /** @type {(inputs: Dir_LinkedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已連結到合作夥伴識別碼 ${i?.id}。`)
};

export const dir_linked_name = /** @type {(inputs: Dir_Linked_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已連結到合作夥伴識別碼 ${i?.id}（${i?.name}）。`)
};

export const dir_loading = /** @type {(inputs: Dir_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在讀取這個目錄中的連結和您的存取權…`)
};

export const dir_needs_consent_body = /** @type {(inputs: Dir_Needs_Consent_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請把這個連結傳給這位客戶目錄的系統管理員。對方核准應用程式後，請再開啟這個目錄一次。`)
};

export const dir_needs_consent_heading = /** @type {(inputs: Dir_Needs_Consent_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`必須先由客戶的系統管理員核准登入應用程式`)
};

export const dir_needs_sign_in_body = /** @type {(inputs: Dir_Needs_Sign_In_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`它需要額外的驗證（例如多重要素驗證），而您第一次登入時沒有完成。這個目錄只需要做一次。`)
};

export const dir_needs_sign_in_heading = /** @type {(inputs: Dir_Needs_Sign_In_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個目錄要求您再登入一次`)
};

export const dir_no_role = /** @type {(inputs: Dir_No_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無`)
};

export const dir_not_linked = /** @type {(inputs: Dir_Not_LinkedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在這個目錄中，這個帳戶尚未連結任何合作夥伴識別碼。`)
};

export const dir_open_again = /** @type {(inputs: Dir_Open_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`再開啟這個目錄一次`)
};

export const dir_sign_in = /** @type {(inputs: Dir_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`登入這個目錄`)
};

export const dir_table_caption = /** @type {(inputs: Dir_Table_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您在這裡的訂用帳戶：角色、認可、獎勵與 DPOR`)
};

export const dir_typed_id = /** @type {(inputs: Dir_Typed_IdInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`您輸入的目錄：${i?.id}`)
};

export const dir_typed_title = /** @type {(inputs: Dir_Typed_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客戶的目錄`)
};

export const dirs_account_label = /** @type {(inputs: Dirs_Account_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`帳戶`)
};

export const dirs_all_at_once = /** @type {(inputs: Dirs_All_At_OnceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一次查看所有目錄`)
};

export const dirs_all_at_once_hint = /** @type {(inputs: Dirs_All_At_Once_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`查看合作夥伴 ID 在各目錄的連結狀態，並一次連結多個目錄。`)
};

export const dirs_guest = /** @type {(inputs: Dirs_GuestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客戶（您是來賓）`)
};

export const dirs_home = /** @type {(inputs: Dirs_HomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`貴組織`)
};

export const dirs_intro = /** @type {(inputs: Dirs_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴識別碼在每個目錄中連結一次，連結在您於該目錄使用的帳戶上。請選擇您服務的客戶的目錄。`)
};

export const dirs_list_label = /** @type {(inputs: Dirs_List_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`目錄`)
};

export const dirs_loading = /** @type {(inputs: Dirs_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在尋找這個帳戶能進入的目錄…`)
};

export const dirs_no_account = /** @type {(inputs: Dirs_No_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請先登入。`)
};

export const dirs_none = /** @type {(inputs: Dirs_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個帳戶沒有可進入的目錄。`)
};

export const dirs_other_body = /** @type {(inputs: Dirs_Other_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您以 CSP 合作夥伴身分透過合作夥伴中心進入的客戶，不會列在這裡。請輸入該目錄的識別碼或網域來開啟它。`)
};

export const dirs_other_heading = /** @type {(inputs: Dirs_Other_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不在清單中的目錄`)
};

export const dirs_other_label = /** @type {(inputs: Dirs_Other_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`目錄識別碼或網域`)
};

export const dirs_other_open = /** @type {(inputs: Dirs_Other_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開啟這個目錄`)
};

export const dirs_ready = /** @type {(inputs: Dirs_ReadyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已登入`)
};

export const dirs_sign_in = /** @type {(inputs: Dirs_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`前往登入`)
};

export const dirs_title = /** @type {(inputs: Dirs_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`選擇客戶的目錄`)
};

export const error_access_token_rejected_body = /** @type {(inputs: Error_Access_Token_Rejected_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`即使應用程式已更新您的登入，Microsoft 仍不再接受您在這個目錄的登入。您的存取權可能已變更，或工作階段已結束。`)
};

export const error_access_token_rejected_next = /** @type {(inputs: Error_Access_Token_Rejected_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請重新登入這個目錄，然後再試一次。`)
};

export const error_access_token_rejected_title = /** @type {(inputs: Error_Access_Token_Rejected_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請重新登入`)
};

export const error_account_not_in_directory_body = /** @type {(inputs: Error_Account_Not_In_Directory_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您登入的帳戶尚未加入這位客戶的目錄，所以 Microsoft 不允許它進入。`)
};

export const error_account_not_in_directory_next = /** @type {(inputs: Error_Account_Not_In_Directory_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請改用客戶邀請的帳戶登入，或請客戶的系統管理員將這個帳戶邀請為來賓，然後再試一次。`)
};

export const error_account_not_in_directory_title = /** @type {(inputs: Error_Account_Not_In_Directory_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個帳戶不在該目錄中`)
};

export const error_app_not_in_directory_body = /** @type {(inputs: Error_App_Not_In_Directory_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您的組織註冊的登入應用程式在這個目錄中還沒有設定，或設定中的應用程式（用戶端）識別碼不正確。`)
};

export const error_app_not_in_directory_next = /** @type {(inputs: Error_App_Not_In_Directory_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請檢查設定中的用戶端識別碼。如果識別碼正確，請將下方詳細資料中的核准連結傳給該目錄的系統管理員，然後重新登入。`)
};

export const error_app_not_in_directory_title = /** @type {(inputs: Error_App_Not_In_Directory_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`登入應用程式尚未在該目錄中設定`)
};

export const error_azure_cli_sign_in_needed_body = /** @type {(inputs: Error_Azure_Cli_Sign_In_Needed_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個目錄要求額外的驗證（例如多重要素驗證），而 Azure CLI 的登入尚未完成。`)
};

export const error_azure_cli_sign_in_needed_next = /** @type {(inputs: Error_Azure_Cli_Sign_In_Needed_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請在終端機中執行詳細資料中顯示的「az login」命令，然後再開啟這個目錄一次。`)
};

export const error_azure_cli_sign_in_needed_title = /** @type {(inputs: Error_Azure_Cli_Sign_In_Needed_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Azure CLI 必須登入這個目錄`)
};

export const error_azure_cli_unavailable_body = /** @type {(inputs: Error_Azure_Cli_Unavailable_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這部電腦沒有安裝 Azure CLI（az），或是沒有人登入它。`)
};

export const error_azure_cli_unavailable_next = /** @type {(inputs: Error_Azure_Cli_Unavailable_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請在終端機中執行「az login」登入 Azure CLI 後再試一次，或選擇其他登入方式。`)
};

export const error_azure_cli_unavailable_title = /** @type {(inputs: Error_Azure_Cli_Unavailable_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無法在這裡使用 Azure CLI`)
};

export const error_azure_unavailable_body = /** @type {(inputs: Error_Azure_Unavailable_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Azure 連續多次回應伺服器錯誤。這通常是 Microsoft 端的暫時性問題。`)
};

export const error_azure_unavailable_next = /** @type {(inputs: Error_Azure_Unavailable_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請等幾分鐘後再試一次。應用程式在重做任何動作之前，會先確認變更是否已經完成。`)
};

export const error_azure_unavailable_title = /** @type {(inputs: Error_Azure_Unavailable_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft 的服務沒有正常回應`)
};

export const error_backend_unavailable_body = /** @type {(inputs: Error_Backend_Unavailable_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`畫面已經開啟，但負責處理工作的部分沒有回應，所以目前無法檢查或變更任何東西。您仍然可以閱讀說明。`)
};

export const error_backend_unavailable_next = /** @type {(inputs: Error_Backend_Unavailable_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請關閉應用程式後重新開啟。如果問題持續發生，請將下方的詳細資料傳給協助您使用這個應用程式的人員。`)
};

export const error_backend_unavailable_title = /** @type {(inputs: Error_Backend_Unavailable_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個視窗無法連到應用程式的其他部分`)
};

export const error_blocked_by_conditional_access_body = /** @type {(inputs: Error_Blocked_By_Conditional_Access_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這位客戶的目錄有條件式存取原則，不允許這次登入，例如不允許從這台裝置、這個地點或這個應用程式登入。`)
};

export const error_blocked_by_conditional_access_next = /** @type {(inputs: Error_Blocked_By_Conditional_Access_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請詢問客戶的系統管理員是哪一條規則封鎖了您（下方的詳細資料可以幫助他們找到），或改用客戶允許的裝置或網路再試一次。`)
};

export const error_blocked_by_conditional_access_title = /** @type {(inputs: Error_Blocked_By_Conditional_Access_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客戶的安全性規則封鎖了這次登入`)
};

export const error_client_credentials_rejected_body = /** @type {(inputs: Error_Client_Credentials_Rejected_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft 拒絕了應用程式（用戶端）識別碼或其密碼。密碼可能錯誤或已過期，或這個應用程式不存在於此目錄中。`)
};

export const error_client_credentials_rejected_next = /** @type {(inputs: Error_Client_Credentials_Rejected_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請在 Azure 入口網站的「應用程式註冊」>「憑證及祕密」中檢查用戶端識別碼和密碼。如果密碼已過期，請建立新的密碼，然後再試一次。`)
};

export const error_client_credentials_rejected_title = /** @type {(inputs: Error_Client_Credentials_Rejected_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`應用程式註冊無法登入`)
};

export const error_confirmation_required_body = /** @type {(inputs: Error_Confirmation_Required_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`變更或移除已連結的合作夥伴識別碼會影響由誰獲得認可，所以應用程式需要您確認後才會執行。`)
};

export const error_confirmation_required_next = /** @type {(inputs: Error_Confirmation_Required_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請閱讀將會變更的內容，然後確認。在命令列中，請加上 --yes。`)
};

export const error_confirmation_required_title = /** @type {(inputs: Error_Confirmation_Required_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請先確認這項變更`)
};

export const error_consent_required_body = /** @type {(inputs: Error_Consent_Required_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這位客戶的目錄尚未核准您用來登入的應用程式，而且只有該目錄的系統管理員可以核准。`)
};

export const error_consent_required_next = /** @type {(inputs: Error_Consent_Required_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請將下方詳細資料中的核准連結傳給客戶的系統管理員。對方核准後，請重新登入。`)
};

export const error_consent_required_title = /** @type {(inputs: Error_Consent_Required_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客戶的系統管理員必須先核准這個應用程式`)
};

export const error_copied = /** @type {(inputs: Error_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已複製。`)
};

export const error_copy = /** @type {(inputs: Error_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`複製詳細資料`)
};

export const error_copy_failed = /** @type {(inputs: Error_Copy_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無法複製。請選取上方的文字，自行複製。`)
};

export const error_csp_admin_on_behalf_of_body = /** @type {(inputs: Error_Csp_Admin_On_Behalf_Of_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您是以雲端解決方案提供者（CSP）的代理系統管理員身分進入這個客戶目錄，在這裡沒有自己的帳戶。Microsoft 不允許用這種方式連結合作夥伴識別碼。`)
};

export const error_csp_admin_on_behalf_of_next = /** @type {(inputs: Error_Csp_Admin_On_Behalf_Of_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請客戶將您的帳戶以來賓身分邀請到他們的目錄，並指派一個角色。然後用該帳戶登入，再連結您的合作夥伴識別碼。`)
};

export const error_csp_admin_on_behalf_of_title = /** @type {(inputs: Error_Csp_Admin_On_Behalf_Of_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您是透過 CSP 關係登入的`)
};

export const error_details = /** @type {(inputs: Error_DetailsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`詳細資料`)
};

export const error_details_intro = /** @type {(inputs: Error_Details_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`以下是英文的技術資訊，可以提供給協助您的人員：`)
};

export const error_directory_not_found_body = /** @type {(inputs: Error_Directory_Not_Found_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft 找不到使用這個識別碼或網域名稱的目錄。可能是輸入錯誤，或該目錄已被刪除。`)
};

export const error_directory_not_found_next = /** @type {(inputs: Error_Directory_Not_Found_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請向客戶確認目錄（租用戶）識別碼或網域，然後再試一次。`)
};

export const error_directory_not_found_title = /** @type {(inputs: Error_Directory_Not_Found_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`找不到該目錄`)
};

export const error_forbidden_body = /** @type {(inputs: Error_Forbidden_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在這個客戶目錄中，您的帳戶沒有這個步驟所需的權限。`)
};

export const error_forbidden_next = /** @type {(inputs: Error_Forbidden_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請客戶的系統管理員在他們的 Azure 訂用帳戶上指派一個角色給您的帳戶，然後再試一次。`)
};

export const error_forbidden_title = /** @type {(inputs: Error_Forbidden_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您的帳戶在這裡沒有執行這項操作的權限`)
};

export const error_internal_body = /** @type {(inputs: Error_Internal_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`應用程式遇到了預期之外的問題。`)
};

export const error_internal_next = /** @type {(inputs: Error_Internal_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請再試一次。如果問題再次發生，請複製下方的詳細資料，傳給協助您使用這個應用程式的人員。`)
};

export const error_internal_title = /** @type {(inputs: Error_Internal_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`應用程式內部發生問題`)
};

export const error_invalid_input_body = /** @type {(inputs: Error_Invalid_Input_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`應用程式無法使用剛才輸入的內容。`)
};

export const error_invalid_input_next = /** @type {(inputs: Error_Invalid_Input_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請檢查輸入的內容，然後再試一次。`)
};

export const error_invalid_input_title = /** @type {(inputs: Error_Invalid_Input_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`輸入的內容似乎不正確`)
};

export const error_invalid_partner_id_body = /** @type {(inputs: Error_Invalid_Partner_Id_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴識別碼是一組數字，通常是 6 或 7 位數。剛才輸入的內容不是識別碼，或 Microsoft 查不到這個識別碼。`)
};

export const error_invalid_partner_id_next = /** @type {(inputs: Error_Invalid_Partner_Id_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請開啟合作夥伴中心，前往「帳戶設定」中的「識別碼」，複製「相關合作夥伴識別碼」（Associated PartnerID），貼到這裡後再試一次。`)
};

export const error_invalid_partner_id_title = /** @type {(inputs: Error_Invalid_Partner_Id_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這不是合作夥伴識別碼`)
};

export const error_invitation_failed_body = /** @type {(inputs: Error_Invitation_Failed_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft 拒絕了這個邀請，例如因為該地址已經屬於您目錄中的成員。`)
};

export const error_invitation_failed_next = /** @type {(inputs: Error_Invitation_Failed_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請改用電子郵件地址查詢合作夥伴。如果找不到，請向合作夥伴確認地址後再試一次；下方的詳細資料說明了 Microsoft 的回應。`)
};

export const error_invitation_failed_title = /** @type {(inputs: Error_Invitation_Failed_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無法建立邀請`)
};

export const error_keychain_locked_body = /** @type {(inputs: Error_Keychain_Locked_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`應用程式會將登入資訊保存在系統的密碼儲存區（鑰匙圈）中，但它目前已鎖定。`)
};

export const error_keychain_locked_next = /** @type {(inputs: Error_Keychain_Locked_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請將它解除鎖定（通常使用您的電腦密碼），然後再試一次；或只在這次使用時登入。`)
};

export const error_keychain_locked_title = /** @type {(inputs: Error_Keychain_Locked_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`系統的密碼儲存區已鎖定`)
};

export const error_keychain_unavailable_body = /** @type {(inputs: Error_Keychain_Unavailable_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`應用程式會將登入資訊保存在系統的密碼儲存區（鑰匙圈）中，但目前沒有可用的密碼儲存區。`)
};

export const error_keychain_unavailable_next = /** @type {(inputs: Error_Keychain_Unavailable_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您可以只在這次使用時登入（下次需要重新登入），或請 IT 部門啟用系統的密碼儲存區。`)
};

export const error_keychain_unavailable_title = /** @type {(inputs: Error_Keychain_Unavailable_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無法在這台電腦上儲存您的登入`)
};

export const error_link_conflict_body = /** @type {(inputs: Error_Link_Conflict_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在這個客戶目錄中，您的帳戶已連結到與您輸入的不同的合作夥伴識別碼。只有您本人可以變更這個連結。`)
};

export const error_link_conflict_next = /** @type {(inputs: Error_Link_Conflict_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請查看畫面上顯示的合作夥伴識別碼。如果應該是您公司的，請選擇變更並確認；如果屬於其他合作夥伴，請保持不變。`)
};

export const error_link_conflict_title = /** @type {(inputs: Error_Link_Conflict_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個帳戶已連結到其他合作夥伴識別碼`)
};

export const error_mfa_required_body = /** @type {(inputs: Error_Mfa_Required_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這位客戶的目錄要求先完成多重要素驗證（例如驗證器應用程式中的代碼），才允許您進入。`)
};

export const error_mfa_required_next = /** @type {(inputs: Error_Mfa_Required_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請重新登入這個目錄，並在 Microsoft 要求時完成額外驗證。`)
};

export const error_mfa_required_title = /** @type {(inputs: Error_Mfa_Required_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個目錄需要額外驗證`)
};

export const error_mfa_setup_required_body = /** @type {(inputs: Error_Mfa_Setup_Required_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個目錄要求使用多重要素驗證，但您的帳戶尚未設定。`)
};

export const error_mfa_setup_required_next = /** @type {(inputs: Error_Mfa_Setup_Required_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請重新登入這個目錄，並依照 Microsoft 的步驟設定多重要素驗證（例如 Microsoft Authenticator 應用程式）。`)
};

export const error_mfa_setup_required_title = /** @type {(inputs: Error_Mfa_Setup_Required_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請先設定多重要素驗證`)
};

export const error_network_body = /** @type {(inputs: Error_Network_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您的電腦可能沒有連上網路，或是網路或防火牆封鎖了連線。`)
};

export const error_network_next = /** @type {(inputs: Error_Network_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請檢查網路連線，然後再試一次。如果您使用的是公司網路，可能需要請 IT 部門允許這個連線。`)
};

export const error_network_title = /** @type {(inputs: Error_Network_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無法連線到 Microsoft`)
};

export const error_not_allowed_to_grant_body = /** @type {(inputs: Error_Not_Allowed_To_Grant_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只有訂用帳戶的擁有者或使用者存取系統管理員，才能把存取權給予其他人，而您的帳戶在那裡兩者都不是。沒有任何變更。`)
};

export const error_not_allowed_to_grant_next = /** @type {(inputs: Error_Not_Allowed_To_Grant_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請該訂用帳戶的擁有者或使用者存取系統管理員執行這個步驟，或先把其中一個角色給您。在 Azure 入口網站中，可以在訂用帳戶的「存取控制（IAM）」>「角色指派」找到他們。`)
};

export const error_not_allowed_to_grant_title = /** @type {(inputs: Error_Not_Allowed_To_Grant_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您無法給予此訂用帳戶的存取權`)
};

export const error_not_allowed_to_invite_body = /** @type {(inputs: Error_Not_Allowed_To_Invite_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您目錄的設定不允許您的帳戶邀請組織外部的人。沒有送出任何邀請。`)
};

export const error_not_allowed_to_invite_next = /** @type {(inputs: Error_Not_Allowed_To_Invite_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請目錄的全域系統管理員或來賓邀請者邀請合作夥伴，或允許您邀請來賓（Microsoft Entra 系統管理中心 >「外部身分識別」>「外部共同作業設定」）。`)
};

export const error_not_allowed_to_invite_title = /** @type {(inputs: Error_Not_Allowed_To_Invite_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您的帳戶無法在這裡邀請來賓`)
};

export const error_not_found_body = /** @type {(inputs: Error_Not_Found_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft 的服務找不到應用程式查詢的目錄或訂用帳戶。它可能已被移除，或屬於其他帳戶。`)
};

export const error_not_found_next = /** @type {(inputs: Error_Not_Found_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請確認您使用正確的帳戶登入，並選擇了正確的客戶目錄，然後再試一次。`)
};

export const error_not_found_title = /** @type {(inputs: Error_Not_Found_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Azure 找不到指定的項目`)
};

export const error_outcome_unknown_body = /** @type {(inputs: Error_Outcome_Unknown_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`傳送變更時連線中斷，之後應用程式也無法確認結果。變更可能已經完成，也可能沒有。`)
};

export const error_outcome_unknown_next = /** @type {(inputs: Error_Outcome_Unknown_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請檢查網路連線，然後先查看連結目前的狀態再重試。應用程式會顯示合作夥伴識別碼是否已連結。`)
};

export const error_outcome_unknown_title = /** @type {(inputs: Error_Outcome_Unknown_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無法確認變更是否已完成`)
};

export const error_owner_needs_acknowledgement_body = /** @type {(inputs: Error_Owner_Needs_Acknowledgement_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`擁有者可以在訂用帳戶中做任何事，包括把存取權給予其他人，以及移除您的存取權。沒有任何變更。`)
};

export const error_owner_needs_acknowledgement_next = /** @type {(inputs: Error_Owner_Needs_Acknowledgement_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`如果合作夥伴不替您管理存取權，請選擇參與者角色；這已足以取得合作夥伴獎勵。如果確實需要擁有者，請勾選確認您了解風險的方塊，然後再試一次。`)
};

export const error_owner_needs_acknowledgement_title = /** @type {(inputs: Error_Owner_Needs_Acknowledgement_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請確認您要給予擁有者角色`)
};

export const error_pal_unavailable_in_cloud_body = /** @type {(inputs: Error_Pal_Unavailable_In_Cloud_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft 只在全球 Azure 雲端提供合作夥伴系統管理連結（PAL）。這個目錄位於國家雲端（例如 Azure Government 或由世紀互聯營運的 Azure），那裡無法使用。`)
};

export const error_pal_unavailable_in_cloud_next = /** @type {(inputs: Error_Pal_Unavailable_In_Cloud_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這裡無法連結任何識別碼。請詢問您的 Microsoft 合作夥伴窗口，您在這個雲端的工作要如何獲得認可。`)
};

export const error_pal_unavailable_in_cloud_title = /** @type {(inputs: Error_Pal_Unavailable_In_Cloud_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個 Azure 雲端無法連結合作夥伴`)
};

export const error_run_elsewhere_body = /** @type {(inputs: Error_Run_Elsewhere_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`本程式的另一個視窗或 partner-link 命令列目前正在處理每個目錄。同時執行兩個作業，會互相覆寫已完成項目的紀錄。`)
};

export const error_run_elsewhere_next = /** @type {(inputs: Error_Run_Elsewhere_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請等該作業完成（或在啟動它的地方停止它），然後再試一次。`)
};

export const error_run_elsewhere_title = /** @type {(inputs: Error_Run_Elsewhere_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已經有作業正在處理每個目錄`)
};

export const error_run_in_progress_body = /** @type {(inputs: Error_Run_In_Progress_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`本程式正使用目前的登入同時處理每個目錄。現在變更登入方式，會讓兩個登入狀態互相覆寫已儲存的內容。`)
};

export const error_run_in_progress_next = /** @type {(inputs: Error_Run_In_Progress_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請等每個目錄都處理完成，或在「一次處理所有目錄」畫面停止作業，然後再試一次。`)
};

export const error_run_in_progress_title = /** @type {(inputs: Error_Run_In_Progress_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請等待作業完成`)
};

export const error_service_principal_not_found_body = /** @type {(inputs: Error_Service_Principal_Not_Found_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您的目錄中沒有核准過使用此應用程式 ID 的應用程式，因此這裡沒有可以授與角色的身分。`)
};

export const error_service_principal_not_found_next = /** @type {(inputs: Error_Service_Principal_Not_Found_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請與合作夥伴確認 ID，然後核准他們的應用程式（上一個步驟），再重新尋找。`)
};

export const error_service_principal_not_found_title = /** @type {(inputs: Error_Service_Principal_Not_Found_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴的應用程式不在您的目錄中`)
};

export const error_settings_file_damaged_body = /** @type {(inputs: Error_Settings_File_Damaged_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`應用程式的某個設定檔，或您的 IT 團隊放在這台電腦上的登入檔案，已損壞或寫法有誤。應用程式保留原檔，沒有做任何變更。`)
};

export const error_settings_file_damaged_next = /** @type {(inputs: Error_Settings_File_Damaged_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請開啟詳細資料查看是哪個檔案、哪裡有誤，並交給您的 IT 團隊修正檔案，然後再試一次。`)
};

export const error_settings_file_damaged_title = /** @type {(inputs: Error_Settings_File_Damaged_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無法讀取應用程式的設定檔`)
};

export const error_several_partner_ids_body = /** @type {(inputs: Error_Several_Partner_Ids_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`輸入的內容裡有不只一個可能是合作夥伴識別碼的數字。本程式不會猜測，因為選錯的話，錯的識別碼會被連結到每個目錄。`)
};

export const error_several_partner_ids_next = /** @type {(inputs: Error_Several_Partner_Ids_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請只輸入合作夥伴中心顯示為「相關合作夥伴識別碼」（Associated PartnerID）的數字（在「帳戶設定」中的「識別碼」）。`)
};

export const error_several_partner_ids_title = /** @type {(inputs: Error_Several_Partner_Ids_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`哪一個數字才是合作夥伴識別碼？`)
};

export const error_sign_in_app_not_configured_body = /** @type {(inputs: Error_Sign_In_App_Not_Configured_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`若要登入，應用程式需要您的組織在 Microsoft Entra ID 中註冊的登入應用程式的應用程式（用戶端）識別碼。`)
};

export const error_sign_in_app_not_configured_next = /** @type {(inputs: Error_Sign_In_App_Not_Configured_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請在設定中輸入用戶端識別碼。IT 部門可以在 Azure 入口網站的「應用程式註冊」中找到它。`)
};

export const error_sign_in_app_not_configured_title = /** @type {(inputs: Error_Sign_In_App_Not_Configured_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`尚未設定登入應用程式`)
};

export const error_sign_in_cancelled_body = /** @type {(inputs: Error_Sign_In_Cancelled_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`登入在完成前就停止了，所以沒有做任何變更。`)
};

export const error_sign_in_cancelled_next = /** @type {(inputs: Error_Sign_In_Cancelled_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`準備好後，請重新登入。`)
};

export const error_sign_in_cancelled_title = /** @type {(inputs: Error_Sign_In_Cancelled_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已取消登入`)
};

export const error_sign_in_expired_body = /** @type {(inputs: Error_Sign_In_Expired_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個帳戶儲存的登入已失效，例如一段時間沒有使用，或密碼已變更。`)
};

export const error_sign_in_expired_next = /** @type {(inputs: Error_Sign_In_Expired_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請使用這個帳戶重新登入。`)
};

export const error_sign_in_expired_title = /** @type {(inputs: Error_Sign_In_Expired_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您的登入已過期`)
};

export const error_sign_in_failed_body = /** @type {(inputs: Error_Sign_In_Failed_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft 因為本應用程式無法更精確說明的原因停止了登入。`)
};

export const error_sign_in_failed_next = /** @type {(inputs: Error_Sign_In_Failed_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請再登入一次。如果問題再次發生，請將下方的詳細資料傳給 IT 部門或客戶的系統管理員。`)
};

export const error_sign_in_failed_title = /** @type {(inputs: Error_Sign_In_Failed_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft 不接受這次登入`)
};

export const error_sign_in_timed_out_body = /** @type {(inputs: Error_Sign_In_Timed_Out_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`登入沒有在時間內完成，所以已停止。`)
};

export const error_sign_in_timed_out_next = /** @type {(inputs: Error_Sign_In_Timed_Out_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請重新開始登入，並在幾分鐘內於瀏覽器中完成。`)
};

export const error_sign_in_timed_out_title = /** @type {(inputs: Error_Sign_In_Timed_Out_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`登入逾時`)
};

export const error_throttled_body = /** @type {(inputs: Error_Throttled_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`短時間內送到 Microsoft 的要求太多，所以暫時被擋下。被拒絕的要求不會變更任何東西。`)
};

export const error_throttled_next = /** @type {(inputs: Error_Throttled_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請等一分鐘後再試一次。`)
};

export const error_throttled_title = /** @type {(inputs: Error_Throttled_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft 要求應用程式放慢速度`)
};

export const error_token_cache_invalid_body = /** @type {(inputs: Error_Token_Cache_Invalid_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`應用程式保存登入資訊的檔案已被變更或損毀，或是從其他電腦複製而來，所以應用程式不會使用它。`)
};

export const error_token_cache_invalid_next = /** @type {(inputs: Error_Token_Cache_Invalid_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請在帳戶畫面中選擇「全部忘記」，然後重新登入。`)
};

export const error_token_cache_invalid_title = /** @type {(inputs: Error_Token_Cache_Invalid_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無法讀取儲存的登入`)
};

export const error_unknown_body = /** @type {(inputs: Error_Unknown_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`應用程式回報了一個這個版本無法辨識的問題。`)
};

export const error_unknown_next = /** @type {(inputs: Error_Unknown_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請再試一次。如果問題再次發生，請複製下方的詳細資料，傳給協助您使用這個應用程式的人員。`)
};

export const error_unknown_title = /** @type {(inputs: Error_Unknown_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`發生問題`)
};

export const error_untrusted_answer_body = /** @type {(inputs: Error_Untrusted_Answer_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一個本應來自 Microsoft 的回應，要求應用程式改到另一個位址繼續。應用程式只會把您的登入資訊送到 Microsoft 自己的位址，所以沒有送出任何東西。`)
};

export const error_untrusted_answer_next = /** @type {(inputs: Error_Untrusted_Answer_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請再試一次。如果又發生，請複製詳細資料交給您的 IT 團隊：您與 Microsoft 之間的某個環節（例如 Proxy）可能正在更改回應。`)
};

export const error_untrusted_answer_title = /** @type {(inputs: Error_Untrusted_Answer_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`應用程式擋下了一個不可信的回應`)
};

export const error_update_must_wait_body = /** @type {(inputs: Error_Update_Must_Wait_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`本程式正在寫入 Azure（連結、變更、移除，或正在處理每個目錄）。安裝更新會重新啟動本程式，這會中斷目前的作業。`)
};

export const error_update_must_wait_next = /** @type {(inputs: Error_Update_Must_Wait_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請等本程式顯示已完成，再選擇「安裝更新」一次。`)
};

export const error_update_must_wait_title = /** @type {(inputs: Error_Update_Must_Wait_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`更新會等本程式完成作業`)
};

export const error_update_not_trusted_body = /** @type {(inputs: Error_Update_Not_Trusted_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`下載的檔案沒有本程式發行者的簽章，可能不是它聲稱的內容。這部電腦上的任何內容都沒有變更。`)
};

export const error_update_not_trusted_next = /** @type {(inputs: Error_Update_Not_Trusted_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請繼續使用目前的版本。如果再次發生，請告知您的 IT 部門：更新的來源可能遭到竄改。`)
};

export const error_update_not_trusted_title = /** @type {(inputs: Error_Update_Not_Trusted_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未安裝此更新`)
};

export const error_update_unreachable_body = /** @type {(inputs: Error_Update_Unreachable_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`提供更新的位置沒有回應。本程式可照常使用，沒有任何內容被變更。`)
};

export const error_update_unreachable_next = /** @type {(inputs: Error_Update_Unreachable_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請檢查網路連線，稍後再試一次。`)
};

export const error_update_unreachable_title = /** @type {(inputs: Error_Update_Unreachable_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無法檢查更新`)
};

export const error_user_not_found_body = /** @type {(inputs: Error_User_Not_Found_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您的目錄中沒有使用這個電子郵件地址或登入名稱的使用者或來賓。尚未受邀的合作夥伴不會被找到。`)
};

export const error_user_not_found_next = /** @type {(inputs: Error_User_Not_Found_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請向合作夥伴確認地址。如果地址正確，請先邀請合作夥伴成為來賓，再給予角色。`)
};

export const error_user_not_found_title = /** @type {(inputs: Error_User_Not_Found_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您的目錄中沒有這個地址的人`)
};

export const error_what_to_do = /** @type {(inputs: Error_What_To_DoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您可以這樣做`)
};

export const error_wrong_password_body = /** @type {(inputs: Error_Wrong_Password_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft 不接受您輸入的使用者名稱或密碼。`)
};

export const error_wrong_password_next = /** @type {(inputs: Error_Wrong_Password_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請檢查帳戶和密碼後重新登入。如果您忘記密碼，請透過組織的 IT 部門重設。`)
};

export const error_wrong_password_title = /** @type {(inputs: Error_Wrong_Password_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`使用者名稱或密碼錯誤`)
};

export const footer_cloud = /** @type {(inputs: Footer_CloudInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Microsoft 雲端：${i?.cloud}`)
};

export const footer_loading = /** @type {(inputs: Footer_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在確認應用程式版本…`)
};

export const footer_version = /** @type {(inputs: Footer_VersionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`版本 ${i?.version}`)
};

export const grant_access_account = /** @type {(inputs: Grant_Access_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`登入身分`)
};

export const grant_access_checking = /** @type {(inputs: Grant_Access_CheckingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在檢查您在此目錄中可以做什麼…`)
};

export const grant_access_directory = /** @type {(inputs: Grant_Access_DirectoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`目錄`)
};

export const grant_access_intro = /** @type {(inputs: Grant_Access_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在您的目錄中找到合作夥伴的帳戶或應用程式，選擇它可以在哪裡工作、使用哪個角色，並在任何變更之前先確認會發生什麼事。`)
};

export const grant_access_title = /** @type {(inputs: Grant_Access_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`授與合作夥伴存取權`)
};

export const grant_app_approve = /** @type {(inputs: Grant_App_ApproveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開啟 Microsoft 的核准頁面`)
};

export const grant_app_continue = /** @type {(inputs: Grant_App_ContinueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`繼續：登入您的目錄`)
};

export const grant_app_directory_hint = /** @type {(inputs: Grant_App_Directory_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`它的網域（例如 contoso.onmicrosoft.com）或目錄（租用戶）ID。`)
};

export const grant_app_directory_label = /** @type {(inputs: Grant_App_Directory_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您的目錄`)
};

export const grant_app_done_body = /** @type {(inputs: Grant_App_Done_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Microsoft 已確認目錄 ${i?.tenant} 核准了此應用程式。合作夥伴的人員現在可以用它登入您的目錄。`)
};

export const grant_app_done_heading = /** @type {(inputs: Grant_App_Done_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴的應用程式已核准`)
};

export const grant_app_id_hint = /** @type {(inputs: Grant_App_Id_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已填入本應用程式自己的 ID。如果合作夥伴給了您另一個 ID，請貼在這裡。`)
};

export const grant_app_id_label = /** @type {(inputs: Grant_App_Id_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴的應用程式（應用程式 ID）`)
};

export const grant_app_intro = /** @type {(inputs: Grant_App_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`如果您的合作夥伴使用他們組織的應用程式登入，您目錄的系統管理員需要為所有人核准該應用程式一次。Microsoft 自己的頁面會在瀏覽器中開啟，請您登入，並顯示應用程式可以做什麼。如果合作夥伴使用 Azure CLI 登入，或應用程式已經核准，請略過此步驟。`)
};

export const grant_app_skip = /** @type {(inputs: Grant_App_SkipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`略過：登入您的目錄`)
};

export const grant_app_title = /** @type {(inputs: Grant_App_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`核准合作夥伴的登入應用程式`)
};

export const grant_app_waiting = /** @type {(inputs: Grant_App_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在等候您在瀏覽器中完成 Microsoft 頁面上的步驟…`)
};

export const grant_apply = /** @type {(inputs: Grant_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`授與存取權`)
};

export const grant_cannot_body = /** @type {(inputs: Grant_Cannot_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只有在訂用帳戶上具有擁有者或使用者存取系統管理員角色的人，才能授與他人存取權。您的帳戶在您看到的訂用帳戶上都沒有這些角色。`)
};

export const grant_cannot_heading = /** @type {(inputs: Grant_Cannot_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您無法在此目錄中授與存取權`)
};

export const grant_cannot_next = /** @type {(inputs: Grant_Cannot_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請訂用帳戶的擁有者執行此步驟，或先授與您其中一個角色。在 Azure 入口網站中，他們列在訂用帳戶的「存取控制（IAM）」>「角色指派」下。`)
};

export const grant_check = /** @type {(inputs: Grant_CheckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`確認會發生什麼事`)
};

export const grant_continue = /** @type {(inputs: Grant_ContinueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`繼續：核准合作夥伴的應用程式`)
};

export const grant_control_body = /** @type {(inputs: Grant_Control_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`存取權由您給予，也由您收回。如果您移除合作夥伴的角色或帳戶，Microsoft 就不會再把您資源上的工作算在他們身上。`)
};

export const grant_control_title = /** @type {(inputs: Grant_Control_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`主控權在您手上`)
};

export const grant_done_created = /** @type {(inputs: Grant_Done_CreatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已授與：${i?.scope} 上的${i?.role}。`)
};

export const grant_done_exists = /** @type {(inputs: Grant_Done_ExistsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`原本就有：${i?.scope} 上的${i?.role}。`)
};

export const grant_done_failed = /** @type {(inputs: Grant_Done_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`未能在 ${i?.scope} 上授與。`)
};

export const grant_done_next = /** @type {(inputs: Grant_Done_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`告訴合作夥伴已完成：他們現在可以登入您的目錄並連結合作夥伴 ID。`)
};

export const grant_give_heading = /** @type {(inputs: Grant_Give_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴可以做什麼`)
};

export const grant_give_role = /** @type {(inputs: Grant_Give_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`使用此角色`)
};

export const grant_give_where = /** @type {(inputs: Grant_Give_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在這些訂用帳戶上`)
};

export const grant_has_heading = /** @type {(inputs: Grant_Has_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴在這裡擁有的角色`)
};

export const grant_has_item = /** @type {(inputs: Grant_Has_ItemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.scope} 上的${i?.role}`)
};

export const grant_has_none = /** @type {(inputs: Grant_Has_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴在您的訂用帳戶上沒有任何角色。`)
};

export const grant_has_show = /** @type {(inputs: Grant_Has_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`顯示合作夥伴的角色`)
};

export const grant_intro = /** @type {(inputs: Grant_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴的帳戶（或應用程式）需要能存取他們負責的 Azure 資源，這個存取權由您給予。之後，合作夥伴會自行連結他們的合作夥伴識別碼。`)
};

export const grant_invite_button = /** @type {(inputs: Grant_Invite_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`邀請為來賓`)
};

export const grant_invite_copied = /** @type {(inputs: Grant_Invite_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已複製邀請連結`)
};

export const grant_invite_copy = /** @type {(inputs: Grant_Invite_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`複製邀請連結`)
};

export const grant_invite_email = /** @type {(inputs: Grant_Invite_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`同時請 Microsoft 以電子郵件寄送邀請`)
};

export const grant_invite_offer = /** @type {(inputs: Grant_Invite_OfferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴的使用者還不在您的目錄中。邀請他們成為來賓：他們會在這裡取得自己的來賓帳戶，接著您再授與角色。`)
};

export const grant_invite_send_link = /** @type {(inputs: Grant_Invite_Send_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已邀請。請將此連結傳給合作夥伴；他們用自己的帳戶登入即可接受。`)
};

export const grant_invite_sent = /** @type {(inputs: Grant_Invite_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已邀請。Microsoft 已寄出邀請電子郵件；下方的連結與信中相同。`)
};

export const grant_invite_unlikely = /** @type {(inputs: Grant_Invite_UnlikelyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您的帳戶在這裡是來賓，而目錄通常不允許來賓邀請他人。如果邀請被拒絕，請洽詢您目錄中的成員。`)
};

export const grant_inviting = /** @type {(inputs: Grant_InvitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在邀請…`)
};

export const grant_many_body = /** @type {(inputs: Grant_Many_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`每個合作夥伴各自連結自己的帳戶，一個合作夥伴的連結不會取代另一個合作夥伴的連結。`)
};

export const grant_many_title = /** @type {(inputs: Grant_Many_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`與多個合作夥伴合作也沒問題`)
};

export const grant_may_heading = /** @type {(inputs: Grant_May_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您在這裡可以做什麼`)
};

export const grant_may_no = /** @type {(inputs: Grant_May_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只有擁有者或使用者存取系統管理員可以授與存取權`)
};

export const grant_may_yes = /** @type {(inputs: Grant_May_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您可以授與存取權`)
};

export const grant_no_id_body = /** @type {(inputs: Grant_No_Id_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴會在您的目錄中，把他們的合作夥伴識別碼連結到自己的帳戶。您完全不需要為此輸入合作夥伴識別碼，其他人也無法變更或移除他們的連結。`)
};

export const grant_no_id_title = /** @type {(inputs: Grant_No_Id_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您不需要輸入合作夥伴識別碼`)
};

export const grant_no_subscriptions = /** @type {(inputs: Grant_No_SubscriptionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您在此目錄中看不到任何訂用帳戶。`)
};

export const grant_owner_acknowledge = /** @type {(inputs: Grant_Owner_AcknowledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`我了解擁有者也可以為任何人授與和移除存取權`)
};

export const grant_owner_warning_title = /** @type {(inputs: Grant_Owner_Warning_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`擁有者是權限最大的角色`)
};

export const grant_partner_find = /** @type {(inputs: Grant_Partner_FindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`尋找`)
};

export const grant_partner_finding = /** @type {(inputs: Grant_Partner_FindingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在尋找…`)
};

export const grant_partner_found = /** @type {(inputs: Grant_Partner_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`找到了：${i?.name}（${i?.kind}）。`)
};

export const grant_partner_heading = /** @type {(inputs: Grant_Partner_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴是誰?`)
};

export const grant_partner_hint = /** @type {(inputs: Grant_Partner_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請詢問合作夥伴會使用哪個帳戶或應用程式。電子郵件會找到他們的使用者；應用程式 ID 會找到他們的應用程式。`)
};

export const grant_partner_is_app = /** @type {(inputs: Grant_Partner_Is_AppInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`應用程式`)
};

export const grant_partner_is_user = /** @type {(inputs: Grant_Partner_Is_UserInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`使用者`)
};

export const grant_partner_label = /** @type {(inputs: Grant_Partner_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴的電子郵件地址、登入名稱或應用程式（應用程式 ID）`)
};

export const grant_plan_cannot = /** @type {(inputs: Grant_Plan_CannotInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`他們不能：${i?.what}。`)
};

export const grant_plan_exists = /** @type {(inputs: Grant_Plan_ExistsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`他們在 ${i?.scope} 上已有此角色；那裡不會有任何變更。`)
};

export const grant_plan_no_link = /** @type {(inputs: Grant_Plan_No_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`授與角色不會連結合作夥伴 ID：合作夥伴之後會用自己的帳戶完成連結。您可以隨時在這裡或 Azure 入口網站收回角色。`)
};

export const grant_plan_summary = /** @type {(inputs: Grant_Plan_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} 將在 ${i?.scopes} 上取得${i?.role}角色。`)
};

export const grant_remove_all = /** @type {(inputs: Grant_Remove_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`全部收回`)
};

export const grant_remove_confirm = /** @type {(inputs: Grant_Remove_ConfirmInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`要收回列出的全部 ${i?.count} 個合作夥伴角色嗎?合作夥伴會立即失去這些存取權，他們在這裡的工作也不再計入。`)
};

export const grant_remove_yes = /** @type {(inputs: Grant_Remove_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`是，全部收回`)
};

export const grant_removed = /** @type {(inputs: Grant_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已收回的角色：${i?.count} 個。`)
};

export const grant_role_body = /** @type {(inputs: Grant_Role_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在合作夥伴負責的訂用帳戶上，給予合作夥伴的帳戶一個 Azure 角色。「讀者」可以檢視您的資源；「參與者」還可以進行變更。請向合作夥伴確認這項工作需要哪一個角色。`)
};

export const grant_role_contributor_allows = /** @type {(inputs: Grant_Role_Contributor_AllowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`可以建立、變更和刪除資源（虛擬機器、資料庫、網路等）。`)
};

export const grant_role_contributor_not = /** @type {(inputs: Grant_Role_Contributor_NotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`授與任何人存取權，或變更需要擁有者角色的原則與鎖定`)
};

export const grant_role_contributor_risk = /** @type {(inputs: Grant_Role_Contributor_RiskInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴可以變更或刪除您的資源，並建立會產生費用的資源。`)
};

export const grant_role_earns = /** @type {(inputs: Grant_Role_EarnsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`計入認可：${i?.recognition}。計入獎勵：${i?.incentives}。`)
};

export const grant_role_owner_allows = /** @type {(inputs: Grant_Role_Owner_AllowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`參與者能做的一切，以及為任何人（包括您）授與或移除存取權。`)
};

export const grant_role_owner_not = /** @type {(inputs: Grant_Role_Owner_NotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`管理帳單或取消訂用帳戶（這些需要帳單角色，而非 Azure 角色）`)
};

export const grant_role_owner_risk = /** @type {(inputs: Grant_Role_Owner_RiskInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`擁有者可以授與其他人存取權，也可以移除您的存取權。只有在合作夥伴確實替您管理存取權時才授與；要取得合作夥伴獎勵，參與者就足夠了。`)
};

export const grant_role_reader_allows = /** @type {(inputs: Grant_Role_Reader_AllowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`可以查看每個資源及其設定與費用。不會變更任何東西。`)
};

export const grant_role_reader_not = /** @type {(inputs: Grant_Role_Reader_NotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`變更、建立或刪除任何東西，或授與任何人存取權`)
};

export const grant_role_support_addon = /** @type {(inputs: Grant_Role_Support_AddonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`另外授與${i?.role}`)
};

export const grant_role_support_allows = /** @type {(inputs: Grant_Role_Support_AllowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`可以代表您開立和管理 Azure 支援要求。`)
};

export const grant_role_support_not = /** @type {(inputs: Grant_Role_Support_NotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`查看或變更資源（若需要，請同時授與讀者或參與者）`)
};

export const grant_role_title = /** @type {(inputs: Grant_Role_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`給予他們的帳戶一個 Azure 角色`)
};

export const grant_scope_group = /** @type {(inputs: Grant_Scope_GroupInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.subscription} 中的資源群組 ${i?.group}`)
};

export const grant_title = /** @type {(inputs: Grant_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴需要您提供什麼`)
};

export const keychain_locked_body = /** @type {(inputs: Keychain_Locked_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請解除鎖定鑰匙圈（電腦可能會要求輸入您的密碼），然後再試一次。`)
};

export const keychain_locked_heading = /** @type {(inputs: Keychain_Locked_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這部電腦的系統鑰匙圈已鎖定`)
};

export const keychain_retry = /** @type {(inputs: Keychain_RetryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`再試一次系統鑰匙圈`)
};

export const keychain_session_only = /** @type {(inputs: Keychain_Session_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只在這次使用期間登入`)
};

export const keychain_session_only_desc = /** @type {(inputs: Keychain_Session_Only_DescInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不會儲存任何資料：下次開啟應用程式時需要重新登入。`)
};

export const keychain_unavailable_body = /** @type {(inputs: Keychain_Unavailable_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`應用程式會把登入資料保存在系統鑰匙圈中，所以機密資料絕不會存成一般檔案。但目前沒有任何鑰匙圈回應。`)
};

export const keychain_unavailable_heading = /** @type {(inputs: Keychain_Unavailable_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無法使用這部電腦的系統鑰匙圈`)
};

export const lang_en = /** @type {(inputs: Lang_EnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`English`)
};

export const lang_zh_tw = /** @type {(inputs: Lang_Zh_TwInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`繁體中文`)
};

export const language_label = /** @type {(inputs: Language_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`語言`)
};

export const learn_dpor_heading = /** @type {(inputs: Learn_Dpor_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DPOR — 數位合作夥伴記錄（Digital Partner of Record）`)
};

export const learn_dpor_now_body = /** @type {(inputs: Learn_Dpor_Now_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft 現在透過 PAL 認可合作夥伴，而 PAL 適用於所有訂用帳戶類型。這個應用程式會說明 DPOR，但不會幫您設定 DPOR。`)
};

export const learn_dpor_now_title = /** @type {(inputs: Learn_Dpor_Now_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DPOR 已不是今後的做法，請改用 PAL`)
};

export const learn_dpor_what_body = /** @type {(inputs: Learn_Dpor_What_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客戶為每個訂用帳戶指定一個合作夥伴，而且不必給該合作夥伴任何存取權。它只適用於部分訂用帳戶類型：Enterprise 合約（EA）和隨用隨付。`)
};

export const learn_dpor_what_title = /** @type {(inputs: Learn_Dpor_What_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DPOR 由客戶設定，每個訂用帳戶只能有一個合作夥伴`)
};

export const learn_intro = /** @type {(inputs: Learn_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這是 Microsoft 用來得知哪個合作夥伴在協助客戶的兩種方式。以下說明兩者各是什麼，以及不是什麼。`)
};

export const learn_pal_heading = /** @type {(inputs: Learn_Pal_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PAL — 合作夥伴系統管理員連結（Partner Admin Link）`)
};

export const learn_pal_identity_body = /** @type {(inputs: Learn_Pal_Identity_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`所以您永遠不需要選擇訂用帳戶。連結涵蓋該帳戶在這個目錄中，透過 Azure 角色能存取的所有資源。`)
};

export const learn_pal_identity_title = /** @type {(inputs: Learn_Pal_Identity_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PAL 屬於某個目錄中的帳戶，而不是屬於訂用帳戶`)
};

export const learn_pal_many_body = /** @type {(inputs: Learn_Pal_Many_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`每個合作夥伴各自連結自己的帳戶，一個連結不會取代另一個。`)
};

export const learn_pal_many_title = /** @type {(inputs: Learn_Pal_Many_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`同一位客戶可以有多個合作夥伴各自設定 PAL`)
};

export const learn_pal_not_access_body = /** @type {(inputs: Learn_Pal_Not_Access_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`存取權必須先有，而且是由客戶給予：客戶給合作夥伴的帳戶一個 Azure 角色。PAL 只是讓 Microsoft 知道，該帳戶能存取的資源是由哪個合作夥伴協助的。`)
};

export const learn_pal_not_access_title = /** @type {(inputs: Learn_Pal_Not_Access_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PAL 不是存取權`)
};

export const learn_pal_who_body = /** @type {(inputs: Learn_Pal_Who_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴用自己的帳戶登入，並連結自己的合作夥伴識別碼。客戶永遠不需要為 PAL 輸入合作夥伴識別碼。`)
};

export const learn_pal_who_title = /** @type {(inputs: Learn_Pal_Who_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴負責連結，客戶負責給予存取權`)
};

export const learn_summary_body = /** @type {(inputs: Learn_Summary_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客戶先給合作夥伴的帳戶存取權，接著合作夥伴用 PAL 連結自己的合作夥伴識別碼，每個客戶目錄連結一次。`)
};

export const learn_summary_title = /** @type {(inputs: Learn_Summary_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`總結`)
};

export const learn_title = /** @type {(inputs: Learn_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PAL 還是 DPOR？`)
};

export const lighthouse_point_deploy = /** @type {(inputs: Lighthouse_Point_DeployInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您部署合作夥伴的供應項目（來自 Azure Marketplace 或範本）。其中列出合作夥伴的使用者或群組，以及他們在您的訂用帳戶或資源群組上取得的角色。`)
};

export const lighthouse_point_link = /** @type {(inputs: Lighthouse_Point_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`使用 Lighthouse 時，合作夥伴會在他們自己的目錄中，把合作夥伴 ID 連結到您委派中列出的帳戶。`)
};

export const lighthouse_point_own_directory = /** @type {(inputs: Lighthouse_Point_Own_DirectoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴的人員登入他們自己的目錄。您的目錄中不會新增任何東西；您可以在 Azure 入口網站的「服務提供者」下看到這項委派，並隨時移除。`)
};

export const lighthouse_point_roles = /** @type {(inputs: Lighthouse_Point_RolesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`擁有者角色無法透過 Lighthouse 授與；參與者和讀者可以。`)
};

export const lighthouse_summary = /** @type {(inputs: Lighthouse_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Azure Lighthouse 讓合作夥伴從他們自己的目錄管理您的訂用帳戶，不需要在您的目錄中建立帳戶。本應用程式不會設定它：合作夥伴會傳送供應項目或範本給您部署。`)
};

export const lighthouse_title = /** @type {(inputs: Lighthouse_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您的合作夥伴是受控服務提供者嗎?關於 Azure Lighthouse`)
};

export const link_access_body = /** @type {(inputs: Link_Access_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`存取權要先由客戶給予。連結只是讓 Microsoft 知道，這個帳戶原本就能存取的資源，是由貴組織協助的。`)
};

export const link_access_title = /** @type {(inputs: Link_Access_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`連結不會給您存取權`)
};

export const link_continue = /** @type {(inputs: Link_ContinueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`我都準備好了：登入`)
};

export const link_intro = /** @type {(inputs: Link_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在每個您服務的客戶目錄中，合作夥伴識別碼只需要連結一次。請先準備好以下兩樣東西。`)
};

export const link_learn_button = /** @type {(inputs: Link_Learn_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`閱讀：PAL 還是 DPOR？`)
};

export const link_need_account_body = /** @type {(inputs: Link_Need_Account_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`也就是您為這位客戶工作時使用的帳戶，通常是客戶邀請您加入的來賓帳戶。客戶必須已經在您負責的訂用帳戶上，給予這個帳戶一個 Azure 角色，例如「讀者」或「參與者」。`)
};

export const link_need_account_title = /** @type {(inputs: Link_Need_Account_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一個在客戶目錄中、且具有 Azure 角色的帳戶`)
};

export const link_need_id_body = /** @type {(inputs: Link_Need_Id_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`可以在合作夥伴中心的「帳戶設定」→「識別碼」中找到。這是一組數字，通常是 6 或 7 位數。較舊的頁面稱之為「相關聯的 MPN 識別碼」。`)
};

export const link_need_id_title = /** @type {(inputs: Link_Need_Id_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`貴組織的「相關聯合作夥伴識別碼」（Associated Partner ID）`)
};

export const link_once_body = /** @type {(inputs: Link_Once_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`連結屬於您在某一個目錄中的帳戶，而不是屬於訂用帳戶，所以過程中不會要求您選擇訂用帳戶。如果您為多位客戶工作，請在每位客戶的目錄中各連結一次。`)
};

export const link_once_title = /** @type {(inputs: Link_Once_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`每個客戶目錄連結一次`)
};

export const link_role_body = /** @type {(inputs: Link_Role_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`任何 Azure 角色都可以進行連結。「讀者」通常就足以讓 Microsoft 認可您的貢獻；合作夥伴賺取點數（PEC）等獎勵則需要「參與者」或「擁有者」。`)
};

export const link_role_title = /** @type {(inputs: Link_Role_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`角色決定您能獲得什麼`)
};

export const link_title = /** @type {(inputs: Link_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開始之前`)
};

export const link_unsure = /** @type {(inputs: Link_UnsureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不確定連結和存取權有什麼不同，或和 DPOR 有什麼差別嗎？`)
};

export const mark_no = /** @type {(inputs: Mark_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`否`)
};

export const mark_unknown = /** @type {(inputs: Mark_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不明`)
};

export const mark_yes = /** @type {(inputs: Mark_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`是`)
};

export const nav_back = /** @type {(inputs: Nav_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`上一步`)
};

export const note_agreement_unreadable = /** @type {(inputs: Note_Agreement_UnreadableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您的帳戶無法讀取帳單合約，所以無法分辨是企業合約還是 Azure 方案。`)
};

export const note_azure_plan_looks_like_ea = /** @type {(inputs: Note_Azure_Plan_Looks_Like_EaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這是 Azure 方案（Microsoft 客戶合約），雖然 Azure 把它標示得像企業合約。DPOR 從未適用於它。`)
};

export const note_csp_aobo = /** @type {(inputs: Note_Csp_AoboInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您是透過 CSP 的「代理系統管理員」進入這個目錄，在這裡沒有自己的帳戶，而 Microsoft 不允許從這種工作階段連結。請客戶為您邀請一個來賓帳戶並給予角色，然後用那個帳戶連結。`)
};

export const note_dpor_retired = /** @type {(inputs: Note_Dpor_RetiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DPOR 已不再是未來的做法：請改用 PAL，在每個目錄中連結。`)
};

export const note_lighthouse = /** @type {(inputs: Note_LighthouseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個存取權來自 Azure Lighthouse：請在貴組織自己的目錄中，於擁有委派角色的帳戶上連結。那個連結會計入這些訂用帳戶。`)
};

export const note_no_access = /** @type {(inputs: Note_No_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個帳戶在這個目錄中沒有 Azure 角色，所以在客戶給予角色之前，連結在這裡不會帶來任何效益（「讀者」可計入認可，「參與者」或「擁有者」可計入獎勵）。您現在仍然可以連結：從給予角色的那一刻起就會開始計入。客戶的系統管理員可以使用這個應用程式中的「給予合作夥伴存取權」。`)
};

export const note_pim_eligible = /** @type {(inputs: Note_Pim_EligibleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這裡有一個角色只是透過 Privileged Identity Management 取得資格：只有在啟用期間才會計入。`)
};

export const note_reader_no_incentives = /** @type {(inputs: Note_Reader_No_IncentivesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`「讀者」可計入認可，但不能計入合作夥伴賺取點數等獎勵：獎勵需要「參與者」或「擁有者」。`)
};

export const note_role_through_group = /** @type {(inputs: Note_Role_Through_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`有一個角色是透過您所屬的群組取得的；它和直接給予您的角色一樣會計入。`)
};

export const note_roles_unreadable = /** @type {(inputs: Note_Roles_UnreadableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無法讀取這裡的角色，所以無法判斷存取權能帶來什麼。`)
};

export const note_subscription_not_active = /** @type {(inputs: Note_Subscription_Not_ActiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這裡有訂用帳戶不是啟用狀態（已停用、逾期或已刪除），所以幾乎不會產生可認可的使用量。`)
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
	return /** @type {LocalizedString} */ (`Azure 方案`)
};

export const offer_csp = /** @type {(inputs: Offer_CspInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`雲端解決方案提供者（CSP）`)
};

export const offer_default = /** @type {(inputs: Offer_DefaultInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`預設`)
};

export const offer_dev_test = /** @type {(inputs: Offer_Dev_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開發/測試`)
};

export const offer_ea_or_azure_plan = /** @type {(inputs: Offer_Ea_Or_Azure_PlanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`企業合約或 Azure 方案`)
};

export const offer_enterprise_agreement = /** @type {(inputs: Offer_Enterprise_AgreementInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`企業合約`)
};

export const offer_free_trial = /** @type {(inputs: Offer_Free_TrialInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`免費試用`)
};

export const offer_internal = /** @type {(inputs: Offer_InternalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft 內部`)
};

export const offer_partner_benefits = /** @type {(inputs: Offer_Partner_BenefitsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴權益`)
};

export const offer_pay_as_you_go = /** @type {(inputs: Offer_Pay_As_You_GoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`隨用隨付`)
};

export const offer_sponsored = /** @type {(inputs: Offer_SponsoredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`贊助`)
};

export const offer_student_starter = /** @type {(inputs: Offer_Student_StarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Azure for Students Starter`)
};

export const offer_unknown = /** @type {(inputs: Offer_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不明類型`)
};

export const offer_visual_studio = /** @type {(inputs: Offer_Visual_StudioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visual Studio`)
};

export const overview_as_of = /** @type {(inputs: Overview_As_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`截至 ${i?.time}：已在 ${i?.total} 個目錄中的 ${i?.linked} 個連結。`)
};

export const overview_by = /** @type {(inputs: Overview_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`使用 ${i?.account}`)
};

export const overview_checking = /** @type {(inputs: Overview_CheckingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`正在檢查第 ${i?.done} 個目錄，共 ${i?.total} 個…`)
};

export const overview_choose_label = /** @type {(inputs: Overview_Choose_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`選擇 ${i?.name}`)
};

export const overview_choose_unlinked = /** @type {(inputs: Overview_Choose_UnlinkedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`選擇所有尚未連結的目錄（${i?.count}）`)
};

export const overview_col_access = /** @type {(inputs: Overview_Col_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最高角色`)
};

export const overview_col_choose = /** @type {(inputs: Overview_Col_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`選擇`)
};

export const overview_col_directory = /** @type {(inputs: Overview_Col_DirectoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`目錄`)
};

export const overview_col_link = /** @type {(inputs: Overview_Col_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴 ID`)
};

export const overview_col_problem = /** @type {(inputs: Overview_Col_ProblemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`阻礙`)
};

export const overview_col_run = /** @type {(inputs: Overview_Col_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`本次作業`)
};

export const overview_earns_both = /** @type {(inputs: Overview_Earns_BothInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`計入認可與獎勵`)
};

export const overview_earns_nothing = /** @type {(inputs: Overview_Earns_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`目前尚無效益`)
};

export const overview_earns_recognition = /** @type {(inputs: Overview_Earns_RecognitionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`計入認可`)
};

export const overview_empty = /** @type {(inputs: Overview_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您已登入的帳戶無法存取任何目錄。`)
};

export const overview_export_body = /** @type {(inputs: Overview_Export_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴 ID 在何處連結、由哪個帳戶連結、具有何種存取權、截至何時：供獎勵申請與稽核使用。儲存在您的證明資料夾中。`)
};

export const overview_export_csv = /** @type {(inputs: Overview_Export_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`另存為試算表（CSV）`)
};

export const overview_export_heading = /** @type {(inputs: Overview_Export_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`報告`)
};

export const overview_export_html = /** @type {(inputs: Overview_Export_HtmlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開啟可列印的頁面`)
};

export const overview_export_json = /** @type {(inputs: Overview_Export_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`另存為 JSON`)
};

export const overview_export_saved = /** @type {(inputs: Overview_Export_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已儲存：${i?.path}`)
};

export const overview_interrupted_body = /** @type {(inputs: Overview_Interrupted_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`於 ${i?.time} 開始連結合作夥伴 ID ${i?.id} 的作業在完成前停止：還剩 ${i?.total} 個目錄中的 ${i?.remaining} 個。繼續時只會處理這些目錄，不會重複連結任何目錄。`)
};

export const overview_interrupted_damaged = /** @type {(inputs: Overview_Interrupted_DamagedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`此次執行紀錄中有 ${i?.count} 行無法讀取（應用程式在寫入時中斷）。在寫入任何內容之前，會先重新檢查這些目錄。`)
};

export const overview_interrupted_forget = /** @type {(inputs: Overview_Interrupted_ForgetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`略過`)
};

export const overview_interrupted_heading = /** @type {(inputs: Overview_Interrupted_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`有一項作業中斷了`)
};

export const overview_interrupted_resume = /** @type {(inputs: Overview_Interrupted_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`繼續作業`)
};

export const overview_intro = /** @type {(inputs: Overview_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您已登入的帳戶可存取的每個目錄：合作夥伴 ID 是否已連結、您的存取權能帶來什麼，以及有什麼阻礙。選擇目錄即可一次全部連結。`)
};

export const overview_link_chosen = /** @type {(inputs: Overview_Link_ChosenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`在選擇的 ${i?.count} 個目錄中連結`)
};

export const overview_link_hint = /** @type {(inputs: Overview_Link_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已連結到其他合作夥伴 ID 的目錄不會變更：請在各自的畫面中逐一變更。Microsoft 拒絕連結的目錄（僅有 CSP 代表系統管理員存取、應用程式未核准）無法選擇。`)
};

export const overview_not_linked = /** @type {(inputs: Overview_Not_LinkedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未連結`)
};

export const overview_problem_ca = /** @type {(inputs: Overview_Problem_CaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`被客戶的條件式存取封鎖`)
};

export const overview_problem_consent = /** @type {(inputs: Overview_Problem_ConsentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客戶尚未核准登入應用程式`)
};

export const overview_problem_csp = /** @type {(inputs: Overview_Problem_CspInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`僅有 CSP 代表系統管理員存取：Microsoft 拒絕從此連結`)
};

export const overview_problem_failed = /** @type {(inputs: Overview_Problem_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無法檢查`)
};

export const overview_problem_mfa = /** @type {(inputs: Overview_Problem_MfaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`需要額外登入（MFA）`)
};

export const overview_problem_no_access = /** @type {(inputs: Overview_Problem_No_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`尚無 Azure 角色`)
};

export const overview_problem_sign_in_again = /** @type {(inputs: Overview_Problem_Sign_In_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請重新登入（登入已過期）`)
};

export const overview_queue_body = /** @type {(inputs: Overview_Queue_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`它們要求額外的登入（例如 MFA）。請逐一處理：登入後會立即完成連結。`)
};

export const overview_queue_heading = /** @type {(inputs: Overview_Queue_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這些目錄需要您登入`)
};

export const overview_queue_sign_in = /** @type {(inputs: Overview_Queue_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`登入並連結`)
};

export const overview_refresh = /** @type {(inputs: Overview_RefreshInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重新檢查`)
};

export const overview_result_already = /** @type {(inputs: Overview_Result_AlreadyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`原已連結`)
};

export const overview_result_failed = /** @type {(inputs: Overview_Result_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`失敗；繼續時會重試`)
};

export const overview_result_linked = /** @type {(inputs: Overview_Result_LinkedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已連結`)
};

export const overview_result_other = /** @type {(inputs: Overview_Result_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`未變更：已連結到 ${i?.id}`)
};

export const overview_result_sign_in = /** @type {(inputs: Overview_Result_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`等候您登入`)
};

export const overview_run_cancel = /** @type {(inputs: Overview_Run_CancelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`停止`)
};

export const overview_run_cancelled = /** @type {(inputs: Overview_Run_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已停止。尚未完成的目錄可以稍後連結：應用程式會提供繼續的選項。`)
};

export const overview_run_continue = /** @type {(inputs: Overview_Run_ContinueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`繼續`)
};

export const overview_run_counts = /** @type {(inputs: Overview_Run_CountsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已完成 ${i?.done} 個，共 ${i?.total} 個：新連結 ${i?.linked}、原已連結 ${i?.already}、已連結其他 ID ${i?.other}、等候您登入 ${i?.waiting}、失敗 ${i?.failed}。`)
};

export const overview_run_finished = /** @type {(inputs: Overview_Run_FinishedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已完成。`)
};

export const overview_run_heading = /** @type {(inputs: Overview_Run_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`正在連結合作夥伴 ID ${i?.id}`)
};

export const overview_run_pause = /** @type {(inputs: Overview_Run_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`暫停`)
};

export const overview_run_paused = /** @type {(inputs: Overview_Run_PausedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已暫停：已開始的目錄會完成；在您繼續之前不會開始新的目錄。`)
};

export const overview_run_throttled = /** @type {(inputs: Overview_Run_ThrottledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Azure 要求放慢速度 ${i?.count} 次；每次整個作業都依 Azure 的要求等候。`)
};

export const overview_table_caption = /** @type {(inputs: Overview_Table_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`目錄及其連結、存取權與問題`)
};

export const overview_title = /** @type {(inputs: Overview_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一次處理所有目錄`)
};

export const pal_check = /** @type {(inputs: Pal_CheckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`查看將會發生什麼`)
};

export const pal_choose_body = /** @type {(inputs: Pal_Choose_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您貼上的內容裡有不只一個可能是合作夥伴識別碼的數字。請選擇合作夥伴中心顯示為「相關合作夥伴識別碼」（Associated PartnerID）的那一個。`)
};

export const pal_choose_heading = /** @type {(inputs: Pal_Choose_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`以下哪一個是您的合作夥伴識別碼？`)
};

export const pal_choose_option = /** @type {(inputs: Pal_Choose_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`使用 ${i?.id}`)
};

export const pal_do_change = /** @type {(inputs: Pal_Do_ChangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`是，變更為 ${i?.id}`)
};

export const pal_do_create = /** @type {(inputs: Pal_Do_CreateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`連結合作夥伴識別碼 ${i?.id}`)
};

export const pal_do_remove = /** @type {(inputs: Pal_Do_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`是，移除連結`)
};

export const pal_done_change = /** @type {(inputs: Pal_Done_ChangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`完成：連結的合作夥伴識別碼現在是 ${i?.id}。`)
};

export const pal_done_create = /** @type {(inputs: Pal_Done_CreateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`完成：在這個目錄中，這個帳戶已連結到合作夥伴識別碼 ${i?.id}。`)
};

export const pal_done_name = /** @type {(inputs: Pal_Done_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Microsoft 登記的這個合作夥伴識別碼名稱是 ${i?.name}。如果那不是貴組織，請立即變更識別碼。`)
};

export const pal_done_nothing = /** @type {(inputs: Pal_Done_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不需要任何變更。`)
};

export const pal_done_remove = /** @type {(inputs: Pal_Done_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`完成：連結已移除。`)
};

export const pal_done_reread = /** @type {(inputs: Pal_Done_RereadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`要求送出後連線中斷；應用程式重新讀取了連結，確認連結已存在。這個動作只執行了一次。`)
};

export const pal_form_hint = /** @type {(inputs: Pal_Form_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`照您拿到的樣子貼上即可：有空格或「MPN ID：」之類的標籤都沒關係。它位於合作夥伴中心的「帳戶設定」>「識別碼」。`)
};

export const pal_form_label = /** @type {(inputs: Pal_Form_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`貴組織的 Associated Partner ID（關聯合作夥伴識別碼）`)
};

export const pal_not_now = /** @type {(inputs: Pal_Not_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`先不要`)
};

export const pal_plan_already = /** @type {(inputs: Pal_Plan_AlreadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已經連結到合作夥伴識別碼 ${i?.id}：不需要變更。`)
};

export const pal_plan_change = /** @type {(inputs: Pal_Plan_ChangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這會把連結的合作夥伴識別碼從 ${i?.from} 變更為 ${i?.to}。從現在起，Microsoft 會把這個帳戶在這裡的工作歸功於 ${i?.to}。`)
};

export const pal_plan_create = /** @type {(inputs: Pal_Plan_CreateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這會在這個目錄中，把合作夥伴識別碼 ${i?.id} 連結到帳戶 ${i?.account}。`)
};

export const pal_plan_nothing = /** @type {(inputs: Pal_Plan_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`目前沒有連結任何合作夥伴識別碼，所以沒有可移除的連結。`)
};

export const pal_plan_remove = /** @type {(inputs: Pal_Plan_RemoveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這會移除與合作夥伴識別碼 ${i?.id} 的連結。之後 Microsoft 不會把這個帳戶在這裡的工作歸功於任何合作夥伴。`)
};

export const pal_remove = /** @type {(inputs: Pal_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`移除連結…`)
};

export const pal_request_id = /** @type {(inputs: Pal_Request_IdInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Microsoft 的要求識別碼：${i?.id}`)
};

export const pal_working = /** @type {(inputs: Pal_WorkingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在詢問 Microsoft…`)
};

export const practice_badge = /** @type {(inputs: Practice_BadgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`練習模式 — 不會傳送任何資料給 Microsoft`)
};

export const practice_leave = /** @type {(inputs: Practice_LeaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`離開練習`)
};

export const practice_offer_body = /** @type {(inputs: Practice_Offer_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`先在這個應用程式內的模擬 Azure 上，用範例客戶試做每一個步驟，包括出錯的情況。不會傳送任何內容給 Microsoft。`)
};

export const practice_offer_heading = /** @type {(inputs: Practice_Offer_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`第一次使用？先練習`)
};

export const practice_on_body = /** @type {(inputs: Practice_On_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這裡的一切都發生在有範例客戶的模擬 Azure 中。登入時，請選擇任一範例帳戶：練習用的登入頁面會顯示它的密碼。若要正式作業，請選擇上方的「離開練習」。`)
};

export const practice_on_heading = /** @type {(inputs: Practice_On_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您正在練習`)
};

export const practice_problem_body = /** @type {(inputs: Practice_Problem_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`選擇一項後，在任一範例目錄中連結合作夥伴識別碼：該次連結會遇到這個問題，讓您看看應用程式如何處理。`)
};

export const practice_problem_busy = /** @type {(inputs: Practice_Problem_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`連結時 Azure 忙碌中`)
};

export const practice_problem_connection = /** @type {(inputs: Practice_Problem_ConnectionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`連結時連線中斷`)
};

export const practice_problem_staged = /** @type {(inputs: Practice_Problem_StagedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已就緒：您下一次連結時會遇到這個問題。`)
};

export const practice_problem_summary = /** @type {(inputs: Practice_Problem_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`演練問題`)
};

export const practice_start = /** @type {(inputs: Practice_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開始練習`)
};

export const practice_starting = /** @type {(inputs: Practice_StartingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在開始練習…`)
};

export const privacy_off_hint = /** @type {(inputs: Privacy_Off_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`分享螢幕前請開啟。`)
};

export const privacy_on_hint = /** @type {(inputs: Privacy_On_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`電子郵件和識別碼已隱藏，可放心分享螢幕。`)
};

export const privacy_toggle = /** @type {(inputs: Privacy_ToggleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`隱私模式`)
};

export const proof_body = /** @type {(inputs: Proof_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`儲存 Microsoft 目前在這個目錄中記錄的內容，以便保留作為獎勵申請和稽核的依據，或在螢幕分享時展示。`)
};

export const proof_copied = /** @type {(inputs: Proof_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`摘要已複製。`)
};

export const proof_copy = /** @type {(inputs: Proof_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`複製摘要`)
};

export const proof_heading = /** @type {(inputs: Proof_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`連結內容的證明`)
};

export const proof_open = /** @type {(inputs: Proof_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開啟可列印的頁面`)
};

export const proof_save = /** @type {(inputs: Proof_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`儲存證明（可列印的頁面和 JSON）`)
};

export const proof_saved = /** @type {(inputs: Proof_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已儲存為 ${i?.path}`)
};

export const proof_saving = /** @type {(inputs: Proof_SavingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在重新讀取連結並儲存…`)
};

export const proof_summary = /** @type {(inputs: Proof_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.directory}（${i?.tenant}）中的合作夥伴管理員連結，帳戶 ${i?.account}：${i?.link} 存取權：${i?.access} 檢查時間：${i?.time}。`)
};

export const resume_continue = /** @type {(inputs: Resume_ContinueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`繼續`)
};

export const resume_directory = /** @type {(inputs: Resume_DirectoryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`您當時在 ${i?.directory} 中作業。`)
};

export const resume_heading = /** @type {(inputs: Resume_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`要從上次離開的地方繼續嗎？`)
};

export const resume_start_over = /** @type {(inputs: Resume_Start_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重新開始`)
};

export const resume_where = /** @type {(inputs: Resume_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`上次您進行到「${i?.step}」（${i?.when}）。`)
};

export const role_contributor = /** @type {(inputs: Role_ContributorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`參與者`)
};

export const role_owner = /** @type {(inputs: Role_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`擁有者`)
};

export const role_reader = /** @type {(inputs: Role_ReaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`讀者`)
};

export const role_support_request_contributor = /** @type {(inputs: Role_Support_Request_ContributorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`支援要求參與者`)
};

export const role_user_access_administrator = /** @type {(inputs: Role_User_Access_AdministratorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`使用者存取管理員`)
};

export const rule_any_role_recognition = /** @type {(inputs: Rule_Any_Role_RecognitionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`任何 Azure 角色都可以連結，並計入其可存取資源的認可；讀者通常就足以取得認可。`)
};

export const rule_contributor_for_incentives = /** @type {(inputs: Rule_Contributor_For_IncentivesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴賺取的點數等獎勵需要參與者或擁有者；讀者不符合資格。`)
};

export const rule_csp_aobo_cannot_link = /** @type {(inputs: Rule_Csp_Aobo_Cannot_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`透過代表系統管理員在客戶目錄中工作的 CSP 合作夥伴，在該目錄中沒有帳戶，因此無法連結。客戶目錄中的來賓帳戶可以。`)
};

export const rule_dpor_retired = /** @type {(inputs: Rule_Dpor_RetiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DPOR 由客戶為每個訂用帳戶設定，只適用於 Enterprise 合約與隨用隨付訂用帳戶（不適用於 CSP 或 Azure 方案）。它沒有 API，且據報已在 Azure 上停用並由 PAL 取代：請使用 PAL。`)
};

export const rule_ea_to_azure_plan_not_carried = /** @type {(inputs: Rule_Ea_To_Azure_Plan_Not_CarriedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訂用帳戶從 Enterprise 合約移轉到 Azure 方案時，合作夥伴 ID 不會一併轉移：請重新連結。`)
};

export const rule_group_roles_count = /** @type {(inputs: Rule_Group_Roles_CountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`透過群組取得的角色與直接授與的角色一樣計入。`)
};

export const rule_lighthouse_link_in_managing_directory = /** @type {(inputs: Rule_Lighthouse_Link_In_Managing_DirectoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`使用 Azure Lighthouse 時，合作夥伴在他們自己的（管理）目錄中，於具有委派角色的帳戶上連結。`)
};

export const rule_one_identity_one_directory = /** @type {(inputs: Rule_One_Identity_One_DirectoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`連結屬於一個目錄中的一個帳戶，而不屬於訂用帳戶。來賓帳戶在每個客戶目錄中都是不同的帳戶，因此合作夥伴要在每個目錄中各連結一次。`)
};

export const rule_only_linker_can_change = /** @type {(inputs: Rule_Only_Linker_Can_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只有建立連結的帳戶可以變更或移除它；客戶與其他合作夥伴都不行。`)
};

export const rule_pal_needs_access_first = /** @type {(inputs: Rule_Pal_Needs_Access_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PAL 不會給予存取權。客戶先授與合作夥伴的帳戶 Azure 角色（或邀請為來賓，或透過 Azure Lighthouse 委派）；PAL 接著讓 Microsoft 知道是誰協助處理該帳戶可存取的資源。沒有角色時，連結沒有任何效益。`)
};

export const rule_pim_only_while_active = /** @type {(inputs: Rule_Pim_Only_While_ActiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Privileged Identity Management 的角色只有在啟用期間才計入。`)
};

export const saved_start_over = /** @type {(inputs: Saved_Start_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`移除已儲存的登入並重新開始`)
};

export const saved_unreadable_body = /** @type {(inputs: Saved_Unreadable_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`儲存登入資料的檔案已被變更、損毀，或來自另一部電腦，所以應用程式拒絕使用它。沒有任何資料被傳送出去。`)
};

export const saved_unreadable_heading = /** @type {(inputs: Saved_Unreadable_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無法使用您已儲存的登入`)
};

export const setup_body = /** @type {(inputs: Setup_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`為了進入客戶的目錄，這個應用程式會透過貴組織在 Microsoft Entra ID 中註冊一次的應用程式讓您登入。Microsoft 自己的應用程式（例如 Azure CLI 的）不能用於這個用途。請 IT 團隊註冊，或是如果您已經有識別碼，請在這裡輸入。`)
};

export const setup_client_id_hint = /** @type {(inputs: Setup_Client_Id_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`格式類似 00000000-0000-0000-0000-000000000000。`)
};

export const setup_client_id_label = /** @type {(inputs: Setup_Client_Id_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`貴組織登入應用程式的應用程式（用戶端）識別碼`)
};

export const setup_heading = /** @type {(inputs: Setup_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`貴組織的登入應用程式尚未設定`)
};

export const setup_save = /** @type {(inputs: Setup_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`儲存並繼續`)
};

export const setup_step_permission = /** @type {(inputs: Setup_Step_PermissionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`委派的 API 權限：Azure Service Management 的 user_impersonation。`)
};

export const setup_step_public = /** @type {(inputs: Setup_Step_PublicInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開啟「允許公用用戶端流程」，以便用代碼登入。`)
};

export const setup_step_redirect = /** @type {(inputs: Setup_Step_RedirectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`平台「行動和傳統型應用程式」，重新導向 URI 為 http://localhost。`)
};

export const setup_step_register = /** @type {(inputs: Setup_Step_RegisterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在 Microsoft Entra 系統管理中心的「應用程式註冊」中，新增一個適用於任何組織目錄帳戶（多租用戶）的註冊。`)
};

export const setup_step_share = /** @type {(inputs: Setup_Step_ShareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把應用程式（用戶端）識別碼交給使用這個應用程式的人，或透過 sign-in-app.json 檔案或 PARTNER_LINK_CLIENT_ID 設定為他們部署。`)
};

export const setup_steps_heading = /** @type {(inputs: Setup_Steps_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IT 需要註冊的項目（只需一次）`)
};

export const signin_account_app = /** @type {(inputs: Signin_Account_AppInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`應用程式（服務主體）`)
};

export const signin_account_cli = /** @type {(inputs: Signin_Account_CliInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`透過 Azure CLI：${i?.username}`)
};

export const signin_account_home = /** @type {(inputs: Signin_Account_HomeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`所屬目錄：${i?.tenant}`)
};

export const signin_accounts_heading = /** @type {(inputs: Signin_Accounts_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已登入`)
};

export const signin_browser_desc = /** @type {(inputs: Signin_Browser_DescInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`建議使用。您的網頁瀏覽器會開啟 Microsoft 的登入頁面，完成後請回到這裡。`)
};

export const signin_browser_title = /** @type {(inputs: Signin_Browser_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`用瀏覽器登入`)
};

export const signin_browser_waiting = /** @type {(inputs: Signin_Browser_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請在瀏覽器中完成登入。完成後，這個視窗會自動更新。`)
};

export const signin_cancel = /** @type {(inputs: Signin_CancelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`取消`)
};

export const signin_cli_desc = /** @type {(inputs: Signin_Cli_DescInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`如果您已經在這部電腦上使用 Azure CLI（az login），應用程式可以沿用那個登入。應用程式不會儲存 CLI 的任何資料。`)
};

export const signin_cli_title = /** @type {(inputs: Signin_Cli_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`使用您的 Azure CLI 登入`)
};

export const signin_continue = /** @type {(inputs: Signin_ContinueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`繼續前往您的目錄`)
};

export const signin_continue_grant = /** @type {(inputs: Signin_Continue_GrantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`繼續授與存取權`)
};

export const signin_device_code_label = /** @type {(inputs: Signin_Device_Code_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您的登入代碼`)
};

export const signin_device_copied = /** @type {(inputs: Signin_Device_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`代碼已複製。`)
};

export const signin_device_copy = /** @type {(inputs: Signin_Device_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`複製代碼`)
};

export const signin_device_desc = /** @type {(inputs: Signin_Device_DescInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`當瀏覽器無法回到這個應用程式時（例如在受管制的電腦上）：在這部或任何其他裝置上，於 Microsoft 的頁面輸入代碼。`)
};

export const signin_device_instructions = /** @type {(inputs: Signin_Device_InstructionsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`請在這部或任何裝置的瀏覽器中開啟 ${i?.page}，然後輸入這個代碼：`)
};

export const signin_device_open = /** @type {(inputs: Signin_Device_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開啟頁面`)
};

export const signin_device_title = /** @type {(inputs: Signin_Device_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`改用代碼登入`)
};

export const signin_device_waiting = /** @type {(inputs: Signin_Device_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在等候您輸入代碼並登入…`)
};

export const signin_forget = /** @type {(inputs: Signin_ForgetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`清除這部電腦上的所有登入…`)
};

export const signin_forget_confirm = /** @type {(inputs: Signin_Forget_ConfirmInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`是，全部清除`)
};

export const signin_forget_keep = /** @type {(inputs: Signin_Forget_KeepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不，保留`)
};

export const signin_forget_question = /** @type {(inputs: Signin_Forget_QuestionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這會登出所有帳戶，並移除應用程式儲存在系統鑰匙圈和磁碟上的所有資料。要繼續嗎？`)
};

export const signin_forgotten = /** @type {(inputs: Signin_ForgottenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已從這部電腦移除所有登入。`)
};

export const signin_intro = /** @type {(inputs: Signin_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請用您為客戶工作時使用的公司帳戶登入。只需登入一次，應用程式就能進入這個帳戶所屬的每個客戶目錄。`)
};

export const signin_loading = /** @type {(inputs: Signin_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在準備登入…`)
};

export const signin_meanwhile_heading = /** @type {(inputs: Signin_Meanwhile_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在此期間，您可以不透過它登入`)
};

export const signin_methods_heading = /** @type {(inputs: Signin_Methods_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`選擇登入方式`)
};

export const signin_methods_heading_more = /** @type {(inputs: Signin_Methods_Heading_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`用其他帳戶登入`)
};

export const signin_session_only_note = /** @type {(inputs: Signin_Session_Only_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只在這次使用期間登入：不會儲存任何資料，下次開啟時需要重新登入。`)
};

export const signin_sign_out = /** @type {(inputs: Signin_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`登出`)
};

export const signin_signed_out = /** @type {(inputs: Signin_Signed_OutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} 已登出，這部電腦上不會留下這次登入的任何資料。`)
};

export const signin_sp_client_id = /** @type {(inputs: Signin_Sp_Client_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`應用程式（用戶端）識別碼`)
};

export const signin_sp_desc = /** @type {(inputs: Signin_Sp_DescInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`適用於要連結自動化作業所用應用程式身分識別的合作夥伴。您需要應用程式註冊的識別碼和用戶端密碼；密碼會保存在這部電腦的系統鑰匙圈中。`)
};

export const signin_sp_secret = /** @type {(inputs: Signin_Sp_SecretInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`用戶端密碼`)
};

export const signin_sp_submit = /** @type {(inputs: Signin_Sp_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`以這個應用程式登入`)
};

export const signin_sp_tenant = /** @type {(inputs: Signin_Sp_TenantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`目錄（目錄識別碼，或網域，例如 contoso.onmicrosoft.com）`)
};

export const signin_sp_title = /** @type {(inputs: Signin_Sp_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`以應用程式登入（服務主體）`)
};

export const signin_title = /** @type {(inputs: Signin_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`登入`)
};

export const skip_to_content = /** @type {(inputs: Skip_To_ContentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`跳到主要內容`)
};

export const source_button = /** @type {(inputs: Source_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Microsoft 官方說明`)
};

export const source_button_hint = /** @type {(inputs: Source_Button_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`（在瀏覽器中開啟）`)
};

export const start_intro = /** @type {(inputs: Start_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴協助客戶使用 Azure，Microsoft 會給予獎勵，但前提是 Microsoft 知道是哪個合作夥伴提供了協助。這個應用程式會把您的合作夥伴識別碼連結到您在每個客戶目錄中使用的帳戶，也會協助客戶給予您所需的存取權。`)
};

export const start_question = /** @type {(inputs: Start_QuestionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您想做什麼？`)
};

export const start_title = /** @type {(inputs: Start_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`讓 Microsoft 知道是哪個合作夥伴提供協助`)
};

export const step_done = /** @type {(inputs: Step_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已完成`)
};

export const step_grant_access = /** @type {(inputs: Step_Grant_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`給予存取權`)
};

export const step_grant_app = /** @type {(inputs: Step_Grant_AppInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`核准合作夥伴的應用程式`)
};

export const step_grant_needs = /** @type {(inputs: Step_Grant_NeedsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合作夥伴需要什麼`)
};

export const step_grant_sign_in = /** @type {(inputs: Step_Grant_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`登入`)
};

export const step_learn = /** @type {(inputs: Step_LearnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PAL 還是 DPOR？`)
};

export const step_link_link = /** @type {(inputs: Step_Link_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在每個目錄中連結`)
};

export const step_link_prepare = /** @type {(inputs: Step_Link_PrepareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開始之前`)
};

export const step_link_sign_in = /** @type {(inputs: Step_Link_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`登入`)
};

export const step_start = /** @type {(inputs: Step_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`選擇要做的事`)
};

export const steps_label = /** @type {(inputs: Steps_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`進度`)
};

export const steps_position = /** @type {(inputs: Steps_PositionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.current} 步，共 ${i?.total} 步`)
};