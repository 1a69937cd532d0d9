/**
 * The visitor's questionnaire journey and the JSON recommendation API.
 */
package com.legacytraining.advisor.questionnaire.web;
