teSearchFile("terms/f-b0a87586",[["~place:te-military-demarcation-line",[1,1,2],[]]]);
