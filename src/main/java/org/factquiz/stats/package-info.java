/**
 * Statistics for teachers: per question over all quiz attempts, the facility index, standard
 * deviation, discrimination index and discriminative efficiency as Moodle's quiz statistics report
 * computes them, how often each option was chosen, the questions that need a look, and each
 * learner's and topic's scores over time.
 */
package org.factquiz.stats;
