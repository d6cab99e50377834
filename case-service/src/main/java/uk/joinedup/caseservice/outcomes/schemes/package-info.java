/**
 * Payment-by-results schemes as configuration: one YAML file per scheme under {@code schemes/} on the class
 * path, read and checked when the service starts ({@link uk.joinedup.caseservice.outcomes.schemes.Schemes};
 * a bad file stops the start with {@link uk.joinedup.caseservice.outcomes.schemes.SchemeFileInvalid} naming
 * the file and field), and the pure evaluation of a family against each scheme on a given day.
 *
 * <p>The input is a {@link uk.joinedup.caseservice.outcomes.schemes.SchemeFamily}: members with their dates
 * of birth and dated facts (a pregnancy among them), and (for Supporting Families) the dates of the lead
 * professional, the whole-family assessment and the plan; it knows nothing of storage. The output is an {@link
 * uk.joinedup.caseservice.outcomes.schemes.Evaluation}: every entry criterion and result as a {@link
 * uk.joinedup.caseservice.outcomes.schemes.Finding} with the facts that satisfied it and the facts of the
 * kinds it reads that did not, and what each result earns with the cap applied. No clock is read: the day the
 * family joined and the day judged are parameters. The claims page ({@code views.claims}) evaluates families
 * with it, and claims ({@code outcomes.claims}) carry what it found.
 *
 * <p>What is code and what is configuration. The shape of each scheme's criteria is code ({@code
 * TroubledFamiliesEntry}, {@code TroubledFamiliesResults}, {@code SupportingFamiliesClaim}); every amount,
 * threshold, window, age, list of benefits or interventions, and cap is in the file. Supporting Families'
 * mapping from facts to headline outcomes is configuration ({@link
 * uk.joinedup.caseservice.outcomes.schemes.FactMatcher}: a fact kind and optional field values); its rules
 * (a need shown in the look-back, an outcome achieved after the last need fact and sustained) are code.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li><b>Windows</b> include both ends: "the last 12 months" on the day {@code D} joined is {@code D} minus
 *       12 months to {@code D}; a fact 12 months and a day before does not count. Facts after the day judged
 *       are ignored.
 *   <li><b>The last three terms</b>: the file gives the day each term starts (every day belongs to the term
 *       that started last, holidays included). The last three terms on a day are the three terms that ended
 *       before the term that day falls in (the current term is not complete, so its attendance is not yet
 *       whole). Attendance is the {@code TermAttendanceRecorded} records naming those academic years and
 *       terms; a second record of the same term corrects the first (the later {@code occurredOn} wins).
 *       Unauthorised absence is the sum of unauthorised absences over the sum of sessions possible across the
 *       records found, compared exactly (no rounding): 90 of 600 is 15.0% and meets "15% or more". An
 *       exclusion belongs to the term its date falls in.
 *   <li><b>Not on a school roll</b> is judged on the day the family joined: the latest {@code LeftSchoolRoll} or
 *       {@code RejoinedSchoolRoll} on or before that day is a leaving (left on the day counts, rejoined on the
 *       day does not), for a child of the file's ages on that day. <b>A placement in a pupil referral unit or
 *       alternative provision</b> counts for a reason the file lists, dated from the first day of the earliest
 *       of the last three terms to the day the family joined (the current term's placements up to that day
 *       count too: a placement, unlike attendance, is whole when made).
 *   <li><b>A fall over six months</b> compares the six months ending the day before the family joined with
 *       the six months ending on the day judged, which must start on or after the day the family joined (so
 *       a result cannot be judged until six months after joining). The fall is (before - after) / before,
 *       compared exactly with the percentage. With nothing before, the part is met only if there is nothing
 *       since. Anti-social behaviour counts incidents and interventions by their date; youth offending counts
 *       offences by the day they were committed, by members under 18 on that day. The facts of the earlier
 *       window are its evidence for, those of the later window against.
 *   <li><b>Result (a)</b> needs every member of school age on the day judged to have attendance recorded in
 *       the last three terms, under the absence threshold, fewer fixed exclusions than the threshold and no
 *       permanent exclusion. A family with nothing for result (a) to measure (no school-age child, and no
 *       anti-social behaviour or youth offending in the six months before joining) does not achieve it: no
 *       payment for a fall from nothing.
 *   <li><b>Continuous employment</b>: an adult on an out-of-work benefit the day the family joined, from a
 *       day on or after it in work (a job end closes the latest open job) and on no out-of-work benefit on
 *       every day of 13 weeks (26 if on a benefit the file lists as needing longer), all ended by the day
 *       judged: a job started on {@code S} meets 13 weeks when judged on {@code S} plus 13 weeks, not a day
 *       before.
 *   <li><b>Progress to work</b> (result (b)): an adult attached to any provision the file lists (the Work
 *       Programme, ESF provision) on a day from the day the family joined to the day judged.
 *   <li><b>Payments</b> follow the financial year (April to March) in which the family joined. The cap is
 *       applied in order: the attachment fee, then results (a), (b), (c). Only an eligible family earns. The
 *       attachment fee is the first payable result, {@code attachmentFee}, so that it is claimed like the
 *       others: met when the family meets enough entry criteria, its evidence the facts that satisfied the
 *       criteria met (those of the criteria not met are against it).
 *   <li><b>An expectant parent</b> (Supporting Families' "dependent children or an expectant parent") is judged
 *       on the day the family joined: a member with a {@code PregnancyRecorded} dated on or before that day,
 *       whose expected due date plus the file's margin (two weeks) is not before it, and no {@code
 *       PregnancyEnded} dated from the day the pregnancy was recorded to that day. The pregnancy fact is the
 *       criterion's evidence; a pregnancy the viewer may not see for measuring outcomes (it is health
 *       information) makes no one expectant.
 *   <li><b>Supporting Families</b>: needs are judged on the day the family joined (normally its whole-family
 *       assessment); an outcome is achieved on the first fact showing it after the last fact showing the need
 *       (or the day after the last need fact, if the file lists no outcome facts), never before the family
 *       joined, and sustained once six months from then have passed by the day judged.
 * </ul>
 */
package uk.joinedup.caseservice.outcomes.schemes;
