// The partner ID the person typed to link and has not linked yet. Kept outside the directory screen so that it
// survives Back and Next (to check another directory, say) and can be saved for a resume.

export const linkForm = $state<{ partnerId: string }>({ partnerId: "" });

/** Starts over; tests use it to isolate one another. */
export function resetLinkForm(): void {
  linkForm.partnerId = "";
}
