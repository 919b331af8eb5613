teSearchFile("terms/f-79bb30df",[["~keyword:te-military-attaches",[1,1,2],[]]]);
