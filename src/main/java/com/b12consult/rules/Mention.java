package com.b12consult.rules;

import com.b12consult.domain.Coded;

/** A code present in the assessment, with words saying where it was reported (for a finding's "because"). */
public record Mention(Coded code, String words) {
}
